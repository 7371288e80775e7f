using BenchmarkDotNet.Attributes;
using Claimline.Entities.Features;
using Claimline.Entities.Gazetteers;
using Claimline.Entities.Tagging;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Structure;
using Claimline.Text;

namespace Claimline.Benchmarks;

/// <summary>
/// The named-entity tagger alone: the corpus is tokenized and split into sentences once at setup, then each pass tags
/// every sentence (with a fresh document history per article), one thread. Divide <see cref="Tokens"/> (printed at
/// setup) by the mean for tokens/s. Also the time to load the shipped model, and, printed at setup, the memory the
/// loaded model holds. Corpus as for <see cref="TextStageBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggerBenchmarks
{
    private readonly List<List<string[]>> _documents = [];
    private EntityTagger _tagger = null!;
    private int[] _labels = new int[1024];
    private float[] _confidences = new float[1024];

    public long Tokens { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("CLAIMLINE_BENCH_CORPUS") ?? TextStageBenchmarks.FindCorpus();
        var text = AnnotationPipeline.Create([new TokenAnnotator(), new ParagraphAnnotator(), new StructureAnnotator(), new SentenceAnnotator()]);
        foreach (var read in new DocumentReader().Read(path))
        {
            if (read.Document is not { } document)
            {
                continue;
            }

            text.Run(document);
            var tokens = document.Get(Layers.Tokens);
            var sentences = new List<string[]>();
            foreach (var sentence in document.Get(Layers.Sentences))
            {
                sentences.Add(Enumerable.Range(sentence.FirstToken, sentence.TokenCount).Select(i => tokens[i].Span.Of(document.Text)).ToArray());
                Tokens += sentence.TokenCount;
            }

            _documents.Add(sentences);
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var model = ModelFile.LoadEnglish();
        var gazetteer = GazetteerFiles.LoadEnglish();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _tagger = new EntityTagger(model, gazetteer);
        Console.WriteLine($"// corpus {path}: {_documents.Count} documents, {Tokens} tokens in sentences");
        Console.WriteLine($"// model and gazetteer hold {(after - before) / 1048576.0:F1} MiB ({model.FeatureCount} features)");
    }

    [Benchmark(Description = "tag every sentence of the corpus")]
    public int TagCorpus()
    {
        var names = 0;
        var scratch = new SentenceFeatures();
        foreach (var document in _documents)
        {
            var history = new DocumentHistory();
            foreach (var sentence in document)
            {
                _tagger.Tag(sentence, history, scratch, _labels, _confidences);
                names += _labels[0];
            }
        }

        return names;
    }

    [Benchmark(Description = "load the shipped model")]
    public int LoadModel() => ModelFile.LoadEnglish().FeatureCount;
}
