using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;

namespace Claimline.Fuzz;

/// <summary>
/// The fuzz targets (issue #21, part 3): each reads one input through a real reader, as a user's file would be
/// read, and must never throw: every problem with the input is a <see cref="ReadResult"/> error, and every document
/// read must go through the whole pipeline. Shared with the regression tests (tests/Claimline.Tests/Reading), which
/// replay every input the fuzzer found.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Each target's name, the reader format it forces and the file name extension its input is written with.</summary>
    public static IReadOnlyDictionary<string, (InputFormat Format, string Extension)> All { get; } =
        new Dictionary<string, (InputFormat, string)>(StringComparer.Ordinal)
        {
            ["text"] = (InputFormat.Text, ".txt"),
            ["wire"] = (InputFormat.Wire, ".txt"),
            ["jsonl"] = (InputFormat.Jsonl, ".jsonl"),
            ["html"] = (InputFormat.Html, ".html"),
            ["feed"] = (InputFormat.Feed, ".rss"),
            ["warc"] = (InputFormat.Warc, ".warc"),
            ["analyze"] = (InputFormat.Auto, ".txt"),
        };

    private static readonly Lazy<AnnotationPipeline> s_pipeline = new(() => StandardPipeline.Create());

    /// <summary>
    /// Runs one target on one input. Reads through a file (the readers' real path, extension and sniffing included)
    /// in <paramref name="scratch"/>; the <c>analyze</c> target also runs the pipeline on every document read.
    /// Returns the number of documents read; throws only on a defect.
    /// </summary>
    public static int Run(string target, ReadOnlySpan<byte> input, string scratch)
    {
        var (format, extension) = All[target];
        var path = Path.Combine(scratch, "input" + extension);
        File.WriteAllBytes(path, input.ToArray());
        var reader = new DocumentReader { Format = format, MaxDocumentBytes = 1 << 20 };
        var documents = 0;
        foreach (var result in reader.Read(path))
        {
            if (result.Document is not { } document)
            {
                continue;
            }

            documents++;
            if (target == "analyze")
            {
                Analyze(document);
            }
            else
            {
                // Readers promise text and meta that later stages can trust.
                _ = document.Text.Length;
                _ = document.Meta.Id.Length;
            }
        }

        return documents;
    }

    /// <summary>Loads the models and warms the code up before the fuzzer starts timing runs (loading takes seconds).</summary>
    public static void Warm(string target, string scratch)
    {
        var sample = "date 2026-03-04\n\nOfficials said Tuesday that about 1,200 containers were stuck, up from 800.\n"u8;
        Run(target, sample, scratch);
        Run("analyze", sample, scratch);
    }

    private static void Analyze(Document document) => s_pipeline.Value.Run(document);
}
