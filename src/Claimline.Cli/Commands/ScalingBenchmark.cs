using System.Diagnostics;
using System.Globalization;
using System.Text;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline bench --scaling</c>: does the cost of one document grow linearly with its size? Joins the corpus's
/// articles into one document of each size, in two shapes — paragraphs kept, and the same text as one single line —
/// and analyzes each as a user would (<c>claimline analyze FILE -f jsonl</c> in a child process, output discarded),
/// measuring wall time and the child's peak working set. A run on a tiny document measures start-up (runtime, models),
/// which is subtracted before comparing time per MB across sizes. With <c>--per-stage</c> each document is instead
/// analyzed in this process, once, with a full collection between runs, and the seconds of each stage are printed.
/// </summary>
internal static class ScalingBenchmark
{
    /// <summary>How the articles are joined: with their paragraph breaks (a blank line between articles), or as one line.</summary>
    public enum Shape
    {
        Paragraphs,
        Line,
    }

    public static void Run(IReadOnlyList<string> articles, IReadOnlyList<int> sizesMb, bool perStage, TextWriter output)
    {
        var dir = Directory.CreateTempSubdirectory("claimline-scaling");
        try
        {
            output.WriteLine($"corpus: {articles.Count} articles, {articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a)) / 1024.0:N0} kB, repeated in order to fill each size");
            if (perStage)
            {
                RunPerStage(articles, sizesMb, output);
            }
            else
            {
                RunChildren(articles, sizesMb, dir.FullName, output);
            }

            output.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The articles, repeated in order, joined into about <paramref name="bytes"/> bytes of UTF-8 in the given shape.</summary>
    public static string Build(IReadOnlyList<string> articles, long bytes, Shape shape)
    {
        var text = new StringBuilder();
        long size = 0;
        for (var i = 0; size < bytes && articles.Count > 0; i++)
        {
            var article = articles[i % articles.Count];
            var piece = shape == Shape.Line ? string.Join(' ', article.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : article.Trim();
            var separator = text.Length == 0 ? string.Empty : shape == Shape.Line ? " " : "\n\n";
            text.Append(separator).Append(piece);
            size += Encoding.UTF8.GetByteCount(separator) + Encoding.UTF8.GetByteCount(piece);
        }

        return text.ToString();
    }

    private static void RunChildren(IReadOnlyList<string> articles, IReadOnlyList<int> sizesMb, string dir, TextWriter output)
    {
        var tiny = Path.Combine(dir, "tiny.txt");
        File.WriteAllText(tiny, articles[0]);
        var startups = Enumerable.Range(0, 3).Select(_ => Analyze(tiny).Seconds).Order().ToArray();
        var startup = startups[1];
        output.WriteLine($"start-up (analyze one short article, median of three): {startup:N2} s (runs: {string.Join(", ", startups.Select(x => x.ToString("N2")))}); subtracted before computing s/MB");
        output.WriteLine();
        output.WriteLine("| shape | MB | words | seconds | words/s | s/MB | peak memory |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        var ratios = new List<(Shape, List<(int Mb, double SecondsPerMb)>)>();
        foreach (var shape in new[] { Shape.Paragraphs, Shape.Line })
        {
            var perMb = new List<(int Mb, double SecondsPerMb)>();
            foreach (var mb in sizesMb)
            {
                var text = Build(articles, mb * 1024L * 1024, shape);
                var words = CountWords(text);
                var file = Path.Combine(dir, $"{shape.ToString().ToLowerInvariant()}-{mb}.txt");
                File.WriteAllText(file, text);
                text = null;
                GC.Collect();
                var run = Analyze(file);
                File.Delete(file);
                if (run.ExitCode != 0)
                {
                    // A failed run says nothing about cost: report it and leave it out of the ratios.
                    output.WriteLine($"| {Name(shape)} | {mb} | {words:N0} | failed (exit code {run.ExitCode}) | | | |");
                    continue;
                }

                var net = Math.Max(0.001, run.Seconds - startup);
                perMb.Add((mb, net / mb));
                output.WriteLine($"| {Name(shape)} | {mb} | {words:N0} | {run.Seconds:N1} | {words / run.Seconds:N0} | {net / mb:N2} | {run.PeakBytes / (1024.0 * 1024):N0} MiB{(run.ExitCode == 0 ? string.Empty : $" (exit code {run.ExitCode})")} |");
            }

            ratios.Add((shape, perMb));
        }

        WriteRatios(ratios, output);
    }

    private static void RunPerStage(IReadOnlyList<string> articles, IReadOnlyList<int> sizesMb, TextWriter output)
    {
        var pipeline = StandardPipeline.Create();
        var annotators = pipeline.Annotators;

        // One small document first, so the models are loaded and the code jitted before anything is timed.
        pipeline.Run(new Document(Build(articles, 256 * 1024, Shape.Paragraphs), new DocumentMeta("warm-up")));
        output.WriteLine();
        output.WriteLine($"| shape | MB | words | {string.Join(" | ", annotators.Select(a => a.Name))} | total s | s/MB | layers held |");
        output.WriteLine($"|---|---|---|{string.Concat(annotators.Select(_ => "---|"))}---|---|---|");
        var ratios = new List<(Shape, List<(int Mb, double SecondsPerMb)>)>();
        foreach (var shape in new[] { Shape.Paragraphs, Shape.Line })
        {
            var perMb = new List<(int Mb, double SecondsPerMb)>();
            foreach (var mb in sizesMb)
            {
                var (seconds, words, held) = MeasureStages(annotators, Build(articles, mb * 1024L * 1024, shape), $"{shape}-{mb}");
                var total = seconds.Sum();
                perMb.Add((mb, total / mb));
                output.WriteLine($"| {Name(shape)} | {mb} | {words:N0} | {string.Join(" | ", seconds.Select(s => s.ToString("N2")))} | {total:N1} | {total / mb:N2} | {held / (1024.0 * 1024):N0} MiB |");
            }

            ratios.Add((shape, perMb));
        }

        WriteRatios(ratios, output);
    }

    /// <summary>
    /// Runs each stage once over a fresh document, timed; returns the seconds of each, the words, and the bytes the
    /// analyzed document's layers hold (the text is made before), measured after full collections. A method of its own so
    /// that the document is dead once it returns.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (double[] Seconds, int Words, long Held) MeasureStages(IReadOnlyList<IAnnotator> annotators, string text, string id)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var document = new Document(text, new DocumentMeta(id));
        var seconds = new double[annotators.Count];
        for (var i = 0; i < annotators.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            annotators[i].Annotate(document);
            seconds[i] = watch.Elapsed.TotalSeconds;
        }

        var words = TextStatistics.CountWords(document.Get(Layers.Tokens));
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(document);
        return (seconds, words, held);
    }

    /// <summary>Time per MB of the largest size over time per MB of the smallest: 1 is linear, 2 at 16× the size is quadratic's 1/8.</summary>
    private static void WriteRatios(List<(Shape Shape, List<(int Mb, double SecondsPerMb)> PerMb)> shapes, TextWriter output)
    {
        output.WriteLine();
        foreach (var (shape, perMb) in shapes.Where(s => s.PerMb.Count > 1))
        {
            var first = perMb[0];
            var last = perMb[^1];
            output.WriteLine($"{Name(shape)}: s/MB at {last.Mb} MB / s/MB at {first.Mb} MB = {last.SecondsPerMb / first.SecondsPerMb:N2}");
        }
    }

    private static string Name(Shape shape) => shape == Shape.Line ? "one line" : "paragraphs";

    private static int CountWords(string text)
    {
        var document = new Document(text, new DocumentMeta("count"));
        new TokenAnnotator().Annotate(document);
        return TextStatistics.CountWords(document.Get(Layers.Tokens));
    }

    /// <summary><c>claimline analyze FILE -f jsonl --parallel 1</c> in a child process, its output discarded.</summary>
    private static ChildRun Analyze(string file)
    {
        // The document is meant to be analyzed whatever its size: lift the per-document analysis limit above it.
        var limit = Math.Max(DocumentReader.DefaultMaxDocumentBytes, 2 * new FileInfo(file).Length).ToString(CultureInfo.InvariantCulture);
        return ChildClaimline.Run(["analyze", file, "-f", "jsonl", "--parallel", "1", "--max-document-bytes", limit]);
    }
}
