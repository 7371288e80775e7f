using System.Text.Json.Nodes;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Serialization;

namespace Claimline.Tests.Golden;

/// <summary>
/// Golden files for the text and structure stages: each example article in <c>examples/</c> against
/// <c>Golden/structure/&lt;file&gt;.json</c> (meta, sections, datelines, sentences — tokens are left out to keep the
/// files reviewable). Set <c>CLAIMLINE_UPDATE_GOLDEN=1</c> to rewrite them, then review the diff before committing.
/// </summary>
public class GoldenStructureTests
{
    private static readonly string[] s_layers = ["sections", "datelines", "sentences"];

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Examples).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(file) is ".txt" or ".jsonl")
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_matches_its_golden_file(string example)
    {
        var pipeline = StandardPipeline.Create(new PipelineOptions { ValidateLayers = true });
        var documents = new JsonArray();
        foreach (var result in new DocumentReader().Read(Path.Combine(RepositoryPaths.Examples, example)))
        {
            Assert.Null(result.Error);
            var node = DocumentJson.ToNode(pipeline.Run(result.Document!));
            var layers = node["layers"]!.AsObject();
            var kept = new JsonObject();
            foreach (var name in s_layers)
            {
                kept[name] = layers[name]!.DeepClone();
            }

            var meta = node["meta"]!.DeepClone().AsObject();
            meta.Remove("origin");
            documents.Add(new JsonObject { ["meta"] = meta, ["layers"] = kept });
        }

        var actual = documents.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
        var goldenPath = Path.Combine(RepositoryPaths.TestProject, "Golden", "structure", Path.GetFileNameWithoutExtension(example) + ".json");
        if (Environment.GetEnvironmentVariable("CLAIMLINE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"No golden file {goldenPath}; run the tests with CLAIMLINE_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(goldenPath);
        if (expected != actual)
        {
            Assert.Fail($"{example} differs from {goldenPath}:\n{LineDiff.Describe(expected, actual)}\nIf the change is intended, rerun with CLAIMLINE_UPDATE_GOLDEN=1 and review the diff.");
        }
    }
}
