using System.Text.Json;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.SharedDataTests;

/// <summary>
/// The seed article and its hand-made gold, read from ../shared at run time (never copied into the project), and the
/// article analyzed once by the standard pipeline with layer validation on. Shared by the acceptance tests.
/// </summary>
internal static class SeedArticle
{
    private const string GoldFile = "seed-article.gold.json";

    private static readonly Lazy<Document> s_document = new(() =>
    {
        var read = new DocumentReader().Read(SharedData.Path("acceptance", "seed-article.txt")).Single();
        return StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(read.Document!);
    });

    /// <summary>The analyzed article; skips the test when ../shared is absent.</summary>
    public static Document Document => s_document.Value;

    /// <summary>The gold file's root; skips the test when ../shared is absent.</summary>
    public static JsonElement Gold()
        => JsonDocument.Parse(File.ReadAllText(SharedData.Path("acceptance", GoldFile))).RootElement;

    /// <summary>
    /// Theory data: <paramref name="field"/> of every item of gold <paramref name="section"/> that is not marked
    /// <c>"required": false</c>. Without ../shared, one placeholder case that skips when it runs, because discovery
    /// must not fail.
    /// </summary>
    public static TheoryData<string> Required(string section, string field)
    {
        var data = new TheoryData<string>();
        if (!SharedData.Exists("acceptance", GoldFile))
        {
            data.Add("(../shared is not present)");
            return data;
        }

        foreach (var item in Gold().GetProperty(section).EnumerateArray())
        {
            if (!item.TryGetProperty("required", out var required) || required.GetBoolean())
            {
                data.Add(item.GetProperty(field).GetString()!);
            }
        }

        return data;
    }

    /// <summary>The gold item of <paramref name="section"/> whose <paramref name="field"/> is <paramref name="value"/>.</summary>
    public static JsonElement GoldItem(string section, string field, string value)
        => Gold().GetProperty(section).EnumerateArray().First(i => i.GetProperty(field).GetString() == value);
}
