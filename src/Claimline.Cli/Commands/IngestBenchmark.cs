using System.Diagnostics;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store;
using Claimline.Store.Ingestion;

namespace Claimline.Cli.Commands;

/// <summary>
/// Ingest end to end — read a JSONL file, analyze, store in SQLite — over copies of a corpus, once with one worker
/// and once with one per core, each into a fresh temporary store. Reports documents/s, words/s and the process's
/// peak working set. Each copy's texts get a distinct last line so the store does not skip them as already stored
/// (<see cref="BenchCorpus.DistinctCopies"/>).
/// </summary>
internal static class IngestBenchmark
{
    public static void Run(List<(string Text, DocumentMeta Meta)> corpus, int copies, TextWriter output)
    {
        var dir = Directory.CreateTempSubdirectory("claimline-bench");
        try
        {
            var input = Path.Combine(dir.FullName, "corpus.jsonl");
            BenchCorpus.WriteJsonl(BenchCorpus.DistinctCopies(corpus, copies), input);

            output.WriteLine($"corpus:      {corpus.Count} documents x {copies} copies, {new FileInfo(input).Length / (1024.0 * 1024):N1} MiB of JSONL");
            foreach (var workers in Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : new[] { 1 })
            {
                var db = Path.Combine(dir.FullName, $"bench-{workers}.db");
                using var store = ClaimlineStore.Open(db);
                var runner = new IngestRunner(store, StandardPipeline.Create(), new DocumentReader(), workers);
                var watch = Stopwatch.StartNew();
                runner.RunAsync([input]).GetAwaiter().GetResult();
                watch.Stop();
                var seconds = watch.Elapsed.TotalSeconds;
                var progress = runner.Progress;
                output.WriteLine($"workers {workers}:   {progress.Stored / seconds:N0} documents/s, {progress.Words / seconds:N0} words/s, {progress.Stored:N0} stored ({progress.NearDuplicates:N0} near-duplicates) in {seconds:N1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MiB");
            }

            output.WriteLine($"machine:     {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
