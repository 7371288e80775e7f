using System.Text.Json;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.SharedDataTests;

/// <summary>Issue #4 acceptance: every time expression the seed article's gold marks required is found with its value.</summary>
public class SeedArticleTimeTests
{
    [Fact]
    public void Every_required_gold_time_is_found_with_its_value_in_its_context()
    {
        var read = new DocumentReader().Read(SharedData.Path("acceptance", "seed-article.txt")).Single();
        Assert.Null(read.Error);
        var document = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true }).Run(read.Document!);
        var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("acceptance", "seed-article.gold.json"))).RootElement;
        var text = document.Text;
        var times = document.Get(Layers.Times);
        var missing = new List<string>();
        foreach (var item in gold.GetProperty("times").EnumerateArray())
        {
            if (item.TryGetProperty("required", out var required) && !required.GetBoolean())
            {
                continue;
            }

            var span = item.GetProperty("text").GetString()!;
            var context = item.TryGetProperty("context", out var c) ? c.GetString()! : span;
            var at = text.IndexOf(context, StringComparison.Ordinal);
            Assert.True(at >= 0, $"gold context '{context}' is not in the article");
            var start = at + context.IndexOf(span, StringComparison.Ordinal);
            var found = times.FirstOrDefault(t => t.Span.Start == start && t.Span.End == start + span.Length);
            var expected = $"{item.GetProperty("type").GetString()} {item.GetProperty("value").GetString()} {(item.TryGetProperty("mod", out var m) ? m.GetString() : "")}".TrimEnd();
            var actual = found is null ? "nothing" : $"{found.Type} {found.Value} {found.Mod}".TrimEnd();
            if (expected != actual)
            {
                missing.Add($"'{context}': expected {expected}, found {actual}");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void The_quoted_statement_of_Austin_is_dated_Wednesday()
    {
        var read = new DocumentReader().Read(SharedData.Path("acceptance", "seed-article.txt")).Single();
        var document = StandardPipeline.Create().Run(read.Document!);
        var sentence = document.Get(Layers.SentenceTimes).Single(s => s.Span.Of(document.Text).EndsWith("Austin said Wednesday.", StringComparison.Ordinal));
        Assert.Equal(("2024-10-30", "statement"), (sentence.Value, sentence.Source));
    }
}
