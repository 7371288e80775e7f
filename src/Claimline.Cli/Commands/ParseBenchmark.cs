using System.Diagnostics;
using System.Globalization;
using Claimline.Syntax.Conllu;
using Claimline.Syntax.Parsing;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline bench --parse FILE</c>: the dependency parser alone on one thread, over a CoNLL-U file's words and
/// UPOS held in memory: words per second (mean and 95% interval over passes) and bytes allocated per word. Each
/// sentence is timed from its forms and tags to its finished relation names (atoms, moves, unlifting), as the syntax
/// stage runs it. Also states the model's size in memory and how long it took to load.
/// </summary>
internal static class ParseBenchmark
{
    public static void Run(string path, int passes, TextWriter output)
    {
        var sentences = ConlluReader.ReadFile(path).ToList();
        var words = sentences.Sum(s => s.Length);
        var clusters = WordClusters.English;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var load = Stopwatch.StartNew();
        var parser = DependencyParser.English;
        load.Stop();
        var loaded = GC.GetTotalMemory(forceFullCollection: true) - before;
        var scratch = new ParseScratch();

        void Pass()
        {
            foreach (var sentence in sentences)
            {
                var atoms = scratch.Atoms;
                atoms.Reset(sentence.Length);
                for (var i = 0; i < sentence.Length; i++)
                {
                    atoms.Set(i, sentence.Forms[i], sentence.Tags[i], clusters);
                }

                parser.ParseTree(scratch);
            }
        }

        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            Pass();
        }

        var rates = new List<double>();
        long allocated = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            Pass();
            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytes;
            rates.Add(words / watch.Elapsed.TotalSeconds);
        }

        wall.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var mean = rates.Average();
        var sd = Math.Sqrt(rates.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, rates.Count - 1));
        output.WriteLine(Invariant($"parser:          {parser.Model.Transitions.Count:N0} transition + {parser.Model.Relations.Count:N0} relation features, {parser.Model.Labels.Count} relations"));
        output.WriteLine(Invariant($"model memory:    {parser.Model.Bytes / 1e6:F1} MB in weight tables ({loaded / 1e6:F1} MB managed heap growth with the clusters); loaded in {load.Elapsed.TotalMilliseconds:F0} ms"));
        output.WriteLine(Invariant($"corpus:          {sentences.Count:N0} sentences, {words:N0} words ({passes} passes)"));
        output.WriteLine(Invariant($"words/s:         {mean:N0} ± {1.96 * sd / Math.Sqrt(rates.Count):N0} (95% interval over passes, one thread)"));
        output.WriteLine(Invariant($"words/CPU-s:     {words * (double)passes / cpu:N0} (the same passes per second of the process's CPU time: {cpu:F2} s of CPU in {wall.Elapsed.TotalSeconds:F2} s, less swayed by other load)"));
        output.WriteLine(Invariant($"allocated/word:  {allocated / (double)(words * (long)passes):N1} bytes (the tree's heads and relation arrays)"));
        output.WriteLine($"machine:         {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
