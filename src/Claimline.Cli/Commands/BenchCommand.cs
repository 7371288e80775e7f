using System.CommandLine;
using System.Diagnostics;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline bench CORPUS</c>: throughput of the pipeline on one thread over a corpus held in memory —
/// words per second (mean and 95% interval over repeated passes), documents per second, and bytes allocated per word.
/// Reading and decoding are not timed; only the stages are. With <c>--stage NAME</c> only that stage is timed: the
/// stages before it run untimed on each document, so its own words/s and bytes/word can be read off.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var corpus = InputOptions.Paths("corpus", "Files or directories to read (JSONL, wire or text); default: the example articles.", required: false);
        var passes = new Option<int>("--passes")
        {
            Description = "Timed passes over the corpus (after three untimed warm-up passes).",
            DefaultValueFactory = _ => 10,
        };
        var minWords = new Option<int>("--min-words")
        {
            Description = "Repeat the corpus within a pass until it holds at least this many words, so one pass lasts long enough to time.",
            DefaultValueFactory = _ => 1_000_000,
        };
        var stage = new Option<string?>("--stage")
        {
            Description = "Time only this stage (e.g. times); the stages before it run untimed.",
        };
        var until = new Option<string?>("--until")
        {
            Description = "Run the standard stages only up to this one (e.g. sentences: the text stage alone).",
        };
        var ingest = new Option<bool>("--ingest")
        {
            Description = "Measure ingest end to end instead (read, analyze, store in a temporary SQLite file), on one core and on all cores.",
        };
        var copies = new Option<int>("--copies")
        {
            Description = "With --ingest: how many copies of the corpus to ingest, each copy's texts made distinct (as republished wire copy is).",
            DefaultValueFactory = _ => 10,
        };
        var scaling = new Option<bool>("--scaling")
        {
            Description = "Measure how the cost of one document grows with its size: the corpus joined into one document of each --sizes, with paragraphs and as one line, each analyzed by a child 'claimline analyze' (seconds, words/s, s/MB, peak memory). Default corpus: ../shared/data/news/tbaq-articles.jsonl when found, else the examples.",
        };
        var sizes = new Option<string>("--sizes")
        {
            Description = "With --scaling: the document sizes in MB, comma-separated.",
            DefaultValueFactory = _ => "1,4,16",
        };
        var perStage = new Option<bool>("--per-stage")
        {
            Description = "With --scaling: analyze each document in this process instead and print the seconds of every stage.",
        };
        var endToEnd = new Option<bool>("--end-to-end")
        {
            Description = "Measure what a user waits for beside the in-process figure: start-up, 'analyze -f jsonl' on one core and 'ingest' with two workers, each a child process over the corpus repeated to --min-words (default 400,000 here).",
        };
        var parse = new Option<FileInfo?>("--parse")
        {
            Description = "Measure the dependency parser alone instead, on this CoNLL-U file's words and UPOS (one thread).",
        };
        var command = new Command("bench", "Measure throughput: of the pipeline or one stage on one core (words/s, bytes allocated per word), of ingest end to end (--ingest), what a user waits for beside the in-process figure (--end-to-end), how one document's cost grows with its size (--scaling), or of the parser alone (--parse).")
        {
            corpus, passes, minWords, stage, until, ingest, copies, scaling, sizes, perStage, endToEnd, parse,
        };
        command.SetAction(result =>
        {
            if (result.GetValue(parse) is { } treebank)
            {
                if (!treebank.Exists)
                {
                    Console.Error.WriteLine($"claimline: {treebank.FullName} does not exist.");
                    return (int)ExitCode.NoInput;
                }

                ParseBenchmark.Run(treebank.FullName, Math.Max(1, result.GetValue(passes)), Console.Out);
                return (int)ExitCode.Success;
            }

            var paths = result.GetValue(corpus) is { Length: > 0 } given ? given
                : result.GetValue(scaling) && FindNewsCorpus() is { } news ? [news]
                : DemoCommand.FindExamples() is { } ex ? [ex] : [];
            var texts = new List<(string Text, DocumentMeta Meta)>();
            foreach (var read in new DocumentReader().Read(paths))
            {
                if (read.Document is { } d)
                {
                    texts.Add((d.Text, d.Meta));
                }
                else
                {
                    Console.Error.WriteLine($"claimline: skipped {read.Error!.Message}");
                }
            }

            if (texts.Count == 0)
            {
                Console.Error.WriteLine("claimline: no documents to benchmark.");
                return (int)ExitCode.NoInput;
            }

            if (result.GetValue(scaling))
            {
                if (!TryParseSizes(result.GetValue(sizes), out var megabytes))
                {
                    Console.Error.WriteLine($"claimline: --sizes takes whole megabytes separated by commas (e.g. 1,4,16), not '{result.GetValue(sizes)}'.");
                    return (int)ExitCode.Usage;
                }

                ScalingBenchmark.Run([.. texts.Select(t => t.Text)], megabytes, result.GetValue(perStage), Console.Out);
                return (int)ExitCode.Success;
            }

            if (result.GetValue(endToEnd))
            {
                var words = result.GetResult(minWords) is { Implicit: false } ? result.GetValue(minWords) : 400_000;
                var timed = result.GetResult(passes) is { Implicit: false } ? result.GetValue(passes) : 2;
                EndToEndBenchmark.Run(texts, Math.Max(1, words), Math.Max(1, timed), Console.Out);
                return (int)ExitCode.Success;
            }

            if (result.GetValue(ingest))
            {
                IngestBenchmark.Run(texts, Math.Max(1, result.GetValue(copies)), Console.Out);
                return (int)ExitCode.Success;
            }

            AnnotationPipeline pipeline;
            try
            {
                pipeline = result.GetValue(until) is { } last ? StandardPipeline.CreateUntil(last) : StandardPipeline.Create();
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.Usage;
            }

            var stageName = result.GetValue(stage);
            var stageIndex = stageName is null ? -1 : pipeline.Annotators.ToList().FindIndex(a => a.Name == stageName);
            if (stageName is not null && stageIndex < 0)
            {
                Console.Error.WriteLine($"claimline: no stage '{stageName}'; the stages are {string.Join(", ", pipeline.Annotators.Select(a => a.Name))}.");
                return (int)ExitCode.Usage;
            }

            Run(pipeline, stageIndex, texts, Math.Max(1, result.GetValue(passes)), result.GetValue(minWords), Console.Out);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static bool TryParseSizes(string? text, out int[] megabytes)
    {
        var parts = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        megabytes = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.CultureInfo.InvariantCulture, out megabytes[i]) || megabytes[i] is < 1 or > 64)
            {
                return false;
            }
        }

        return parts.Length > 0;
    }

    /// <summary>The shared news corpus beside the repository, looked for upward from the working directory.</summary>
    private static string? FindNewsCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "news", "tbaq-articles.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Run(AnnotationPipeline pipeline, int stage, List<(string Text, DocumentMeta Meta)> corpus, int passes, int minWords, TextWriter output)
    {
        var wordsPerCopy = RunPass(pipeline, stage, corpus, 1, out _, out _, out _);
        var copies = Math.Max(1, (int)Math.Ceiling(minWords / (double)Math.Max(1, wordsPerCopy)));

        // Warm up until the JIT has settled on optimized code (tiered compilation), untimed.
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            RunPass(pipeline, stage, corpus, copies, out _, out _, out _);
        }

        var rates = new List<double>();
        long words = 0, bytes = 0, documents = 0;
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        double seconds = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var passWords = RunPass(pipeline, stage, corpus, copies, out var passDocuments, out var elapsed, out var allocated);
            bytes += allocated;
            words += passWords;
            documents += passDocuments;
            seconds += elapsed.TotalSeconds;
            rates.Add(passWords / elapsed.TotalSeconds);
        }

        var mean = rates.Average();
        var sd = Math.Sqrt(rates.Sum(r => (r - mean) * (r - mean)) / Math.Max(1, rates.Count - 1));
        var halfWidth = 1.96 * sd / Math.Sqrt(rates.Count);
        output.WriteLine(stage < 0
            ? $"stages:          {string.Join(", ", pipeline.Annotators.Select(a => a.Name))}"
            : $"stage timed:     {pipeline.Annotators[stage].Name} (after {string.Join(", ", pipeline.Annotators.Take(stage).Select(a => a.Name))}, untimed)");
        output.WriteLine($"corpus:          {corpus.Count} documents, {wordsPerCopy:N0} words (x{copies} per pass, {passes} passes)");
        output.WriteLine($"words/s:         {mean:N0} ± {halfWidth:N0} (95% interval over passes, one thread)");
        output.WriteLine($"documents/s:     {documents / seconds:N0}");
        output.WriteLine($"allocated/word:  {bytes / (double)words:N1} bytes");
        output.WriteLine($"garbage:         {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2 collections; paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / seconds / 10:N1}% of the timed time (all passes, whole process)");
        output.WriteLine($"machine:         {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }

    /// <summary>One pass; <paramref name="elapsed"/> and <paramref name="allocated"/> cover the whole pipeline, or only <paramref name="stage"/> when it is not -1.</summary>
    private static long RunPass(
        AnnotationPipeline pipeline, int stage, List<(string Text, DocumentMeta Meta)> corpus, int copies,
        out long documents, out TimeSpan elapsed, out long allocated)
    {
        long words = 0;
        documents = 0;
        allocated = 0;
        var watch = new Stopwatch();
        var annotators = pipeline.Annotators;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var (text, meta) in corpus)
            {
                var document = new Document(text, meta);
                if (stage < 0)
                {
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    watch.Start();
                    pipeline.Run(document);
                    watch.Stop();
                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                }
                else
                {
                    for (var i = 0; i < stage; i++)
                    {
                        annotators[i].Annotate(document);
                    }

                    var before = GC.GetAllocatedBytesForCurrentThread();
                    watch.Start();
                    annotators[stage].Annotate(document);
                    watch.Stop();
                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                words += TextStatistics.CountWords(document.Get(Layers.Tokens));
                documents++;
            }
        }

        elapsed = watch.Elapsed;
        return words;
    }
}
