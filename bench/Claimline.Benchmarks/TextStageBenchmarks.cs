using BenchmarkDotNet.Attributes;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Benchmarks;

/// <summary>
/// The text stage (tokens, paragraphs, structure, sentences) over a news corpus, one document at a time on one
/// thread. Reports time and allocations per pass; divide by <see cref="Words"/> (printed at setup) for words/s and
/// bytes/word, or use <c>claimline bench</c>, which prints those directly.
/// Corpus: <c>CLAIMLINE_BENCH_CORPUS</c>, else <c>../shared/data/news/tbaq-articles.jsonl</c>, else <c>examples/</c>.
/// </summary>
[MemoryDiagnoser]
public class TextStageBenchmarks
{
    private readonly AnnotationPipeline _pipeline = StandardPipeline.CreateUntil("sentences");
    private List<(string Text, DocumentMeta Meta)> _corpus = [];

    public long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("CLAIMLINE_BENCH_CORPUS") ?? FindCorpus();
        _corpus = new DocumentReader().Read(path)
            .Where(r => r.Document is not null)
            .Select(r => (r.Document!.Text, r.Document.Meta))
            .ToList();
        Words = _corpus.Sum(c => (long)TextStatistics.CountWords(Layer<Token>.From(Tokenizer.English.Tokenize(c.Text))));
        Console.WriteLine($"// corpus {path}: {_corpus.Count} documents, {Words} words");
    }

    [Benchmark(Description = "text stage over the corpus")]
    public int TextStage()
    {
        var sentences = 0;
        foreach (var (text, meta) in _corpus)
        {
            sentences += _pipeline.Run(new Document(text, meta)).Get(Layers.Sentences).Count;
        }

        return sentences;
    }

    [Benchmark(Description = "tokenizer only")]
    public int TokenizerOnly()
    {
        var tokens = 0;
        foreach (var (text, _) in _corpus)
        {
            tokens += Tokenizer.English.Tokenize(text).Count;
        }

        return tokens;
    }

    internal static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared", "data", "news", "tbaq-articles.jsonl");
            if (File.Exists(shared))
            {
                return shared;
            }

            var examples = Path.Combine(dir.FullName, "examples");
            if (Directory.Exists(examples) && File.Exists(Path.Combine(dir.FullName, "Claimline.slnx")))
            {
                return examples;
            }
        }

        throw new InvalidOperationException("No corpus: set CLAIMLINE_BENCH_CORPUS to a JSONL file or directory.");
    }
}
