using BenchmarkDotNet.Attributes;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;
using Claimline.Time;

namespace Claimline.Benchmarks;

/// <summary>
/// The time stage alone over a news corpus whose tokens, datelines and sentences were computed once in setup: the
/// tagger runs on each document's layers, one document at a time on one thread. Divide by <see cref="Words"/>
/// (printed at setup) for words/s and bytes/word, or run <c>claimline bench --stage times</c>, which prints them.
/// Corpus: <c>CLAIMLINE_BENCH_CORPUS</c>, else <c>../shared/data/news/tbaq-articles.jsonl</c>, else <c>examples/</c>.
/// </summary>
[MemoryDiagnoser]
public class TimeStageBenchmarks
{
    private readonly List<(Document Document, TextSpan[] Datelines)> _documents = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("CLAIMLINE_BENCH_CORPUS") ?? TextStageBenchmarks.FindCorpus();
        var before = AnnotationPipeline.Create(
            [new TokenAnnotator(), new ParagraphAnnotator(), new Claimline.Structure.StructureAnnotator(), new SentenceAnnotator()]);
        foreach (var read in new DocumentReader().Read(path))
        {
            if (read.Document is { } document)
            {
                before.Run(document);
                _documents.Add((document, document.Get(Layers.Datelines).Select(d => d.Span).ToArray()));
                Words += TextStatistics.CountWords(document.Get(Layers.Tokens));
            }
        }

        Console.WriteLine($"// corpus {path}: {_documents.Count} documents, {Words} words");
    }

    [Benchmark(Description = "time stage over the corpus")]
    public int TimeStage()
    {
        var times = 0;
        foreach (var (document, datelines) in _documents)
        {
            times += TimeTagger.English.Tag(document.Text, document.Get(Layers.Tokens), document.Get(Layers.Sentences), document.Meta.Published, datelines).Times.Count;
        }

        return times;
    }
}
