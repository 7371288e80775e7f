using System.Diagnostics;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline bench --end-to-end</c>: what a user waits for beside what the stages cost, so that the two cannot
/// drift apart unnoticed (issue #17). The corpus, repeated until it holds at least the words asked for (each copy's
/// texts made distinct, so that a store keeps them all), is written to a JSONL file and measured four ways:
/// <list type="number">
/// <item>in this process, the pipeline alone on one thread after one warm-up pass (the figure <c>bench</c> gives);</item>
/// <item>start-up: <c>claimline analyze</c> on one short article in a child process (median of three);</item>
/// <item><c>claimline analyze FILE -f jsonl</c> in a child process pinned to one core, wall clock including start-up;</item>
/// <item><c>claimline ingest FILE</c> into a fresh SQLite file in a child process with two workers, wall clock.</item>
/// </list>
/// </summary>
internal static class EndToEndBenchmark
{
    public static void Run(List<(string Text, DocumentMeta Meta)> corpus, int minWords, int passes, TextWriter output)
    {
        var dir = Directory.CreateTempSubdirectory("claimline-e2e");
        try
        {
            var pipeline = StandardPipeline.Create();
            var wordsPerCopy = corpus.Sum(c => Words(pipeline, c.Text, c.Meta));
            var copies = Math.Max(1, (int)Math.Ceiling(minWords / (double)Math.Max(1, wordsPerCopy)));
            var documents = BenchCorpus.DistinctCopies(corpus, copies);
            var input = Path.Combine(dir.FullName, "corpus.jsonl");
            BenchCorpus.WriteJsonl(documents, input);
            var tiny = Path.Combine(dir.FullName, "short.txt");
            File.WriteAllText(tiny, corpus.MinBy(c => c.Text.Length).Text);

            // 1. In process: one untimed pass for the JIT, then the timed passes.
            Pass(pipeline, documents);
            var rates = new List<double>();
            long words = 0;
            for (var p = 0; p < passes; p++)
            {
                var watch = Stopwatch.StartNew();
                words = Pass(pipeline, documents);
                rates.Add(words / watch.Elapsed.TotalSeconds);
            }

            var inProcess = rates.Average();
            output.WriteLine($"corpus:            {corpus.Count} documents x {copies} copies = {documents.Count:N0} documents, {words:N0} words, {new FileInfo(input).Length / (1024.0 * 1024):N1} MiB of JSONL");
            output.WriteLine($"in process:        {inProcess:N0} words/s (pipeline alone, one thread, mean of {passes} passes after one warm-up pass: {string.Join(", ", rates.Select(r => r.ToString("N0")))})");

            // 2. Start-up.
            foreach (var oneCore in Environment.ProcessorCount > 1 && ChildClaimline.CanPin ? [false, true] : new[] { false })
            {
                var startups = Enumerable.Range(0, 3).Select(_ => Checked(ChildClaimline.Run(["analyze", tiny, "-f", "jsonl"], oneCore))).OrderBy(r => r.Seconds).ToArray();
                output.WriteLine($"start-up{(oneCore ? ", 1 core" : $", {Environment.ProcessorCount} cores")}: {startups[1].Seconds:N2} s wall (analyze one article of {CountWords(corpus.MinBy(c => c.Text.Length).Text)} words, median of {string.Join(", ", startups.Select(r => r.Seconds.ToString("N2")))}), peak {startups[1].PeakBytes / (1024.0 * 1024):N0} MiB");
            }

            // 3. analyze, one core.
            var analyze = Checked(ChildClaimline.Run(["analyze", input, "-f", "jsonl"], oneCore: true));
            output.WriteLine($"analyze -f jsonl:  {words / analyze.Seconds:N0} words/s wall ({analyze.Seconds:N1} s with start-up, {(ChildClaimline.CanPin ? "one core" : "not pinned: no taskset")}), {words / analyze.Seconds / inProcess:N2} x in process, peak {analyze.PeakBytes / (1024.0 * 1024):N0} MiB");

            // 4. ingest, two workers.
            var db = Path.Combine(dir.FullName, "e2e.db");
            var ingest = Checked(ChildClaimline.Run(["ingest", input, "--db", db, "--parallel", "2"]));
            output.WriteLine($"ingest, 2 workers: {words / ingest.Seconds:N0} words/s wall ({ingest.Seconds:N1} s with start-up, {Environment.ProcessorCount} cores), peak {ingest.PeakBytes / (1024.0 * 1024):N0} MiB");
            output.WriteLine($"machine:           {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static ChildRun Checked(ChildRun run)
        => run.ExitCode == 0 ? run : throw new InvalidOperationException($"the child claimline failed with exit code {run.ExitCode}");

    private static long Pass(AnnotationPipeline pipeline, List<(string Text, DocumentMeta Meta)> documents)
    {
        long words = 0;
        foreach (var (text, meta) in documents)
        {
            words += TextStatistics.CountWords(pipeline.Run(new Document(text, meta)).Get(Layers.Tokens));
        }

        return words;
    }

    private static long Words(AnnotationPipeline pipeline, string text, DocumentMeta meta)
    {
        var document = new Document(text, meta);
        pipeline.Annotators[0].Annotate(document);
        return TextStatistics.CountWords(document.Get(Layers.Tokens));
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

}
