using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Tests.Pipeline;

public class PipelineTests
{
    [Fact]
    public void Stage_requiring_a_layer_produced_later_is_refused_with_both_names()
    {
        var error = Assert.Throws<PipelineConfigurationException>(
            () => AnnotationPipeline.Create([new SentenceAnnotator(), new TokenAnnotator()]));
        Assert.Contains("'sentences'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tokens'", error.Message, StringComparison.Ordinal);
        Assert.Contains("must come before", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_requiring_a_layer_nobody_produces_is_refused()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() => AnnotationPipeline.Create([new ParagraphAnnotator(), new SentenceAnnotator()]));
        Assert.Contains("no stage in the pipeline produces it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_stages_producing_one_layer_are_refused()
    {
        var error = Assert.Throws<PipelineConfigurationException>(
            () => AnnotationPipeline.Create([new TokenAnnotator(), new FakeStage("other", produces: Layers.Tokens)]));
        Assert.Contains("both produce layer 'tokens'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_that_does_not_write_its_declared_layer_fails_with_its_name()
    {
        var pipeline = AnnotationPipeline.Create([new FakeStage("lazy", produces: Layers.Tokens, write: false)]);
        var error = Assert.Throws<AnnotatorException>(() => pipeline.Run(new Document("x", new DocumentMeta("d1"))));
        Assert.Equal("lazy", error.Annotator);
        Assert.Equal("d1", error.DocumentId);
    }

    [Fact]
    public void Layer_validation_catches_spans_outside_the_text()
    {
        var pipeline = AnnotationPipeline.Create(
            [new FakeStage("bad", produces: Layers.Paragraphs, span: new TextSpan(0, 99))],
            new PipelineOptions { ValidateLayers = true });
        var error = Assert.Throws<AnnotatorException>(() => pipeline.Run(new Document("short", new DocumentMeta("d"))));
        Assert.Contains("outside the text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var document = new Document("a", new DocumentMeta("d"));
        document.Set(Layers.Paragraphs, [new Paragraph(new TextSpan(0, 1))]);
        Assert.Throws<InvalidOperationException>(() => document.Set(Layers.Paragraphs, [new Paragraph(new TextSpan(0, 1))]));
    }

    [Fact]
    public void Missing_layer_error_names_it()
    {
        var error = Assert.Throws<MissingLayerException>(() => new Document("a", new DocumentMeta("d")).Get(Layers.Sentences));
        Assert.Contains("'sentences'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_run_gives_the_same_results_as_sequential_in_input_order()
    {
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"CITY{i % 7} (AP) — Item {i} said {i * 3} people left. Others stayed.\n\nMore {i}.")
            .ToArray();
        var pipeline = StandardPipeline.Create();
        var sequential = texts.Select(t => pipeline.Run(DocumentReader.FromText(t, t[..12])).Get(Layers.Sentences).Count).ToArray();
        var parallel = pipeline.RunAll(texts.Select((t, i) => DocumentReader.FromText(t, $"d{i}")), 4).ToArray();
        Assert.Equal(texts.Select((_, i) => $"d{i}"), parallel.Select(r => r.Document.Meta.Id));
        Assert.All(parallel, r => Assert.Null(r.Error));
        Assert.Equal(sequential, parallel.Select(r => r.Document.Get(Layers.Sentences).Count));
    }

    [Fact]
    public void A_failing_document_does_not_stop_the_others()
    {
        var pipeline = AnnotationPipeline.Create([new FakeStage("picky", produces: Layers.Paragraphs, failOn: "bad")]);
        var results = pipeline.RunAll(
            [new Document("good", new DocumentMeta("1")), new Document("bad", new DocumentMeta("2")), new Document("fine", new DocumentMeta("3"))], 2).ToArray();
        Assert.Equal([null, "picky", null], results.Select(r => r.Error?.Annotator));
    }

    private sealed class FakeStage(string name, LayerKey<Paragraph>? produces = null, bool write = true, TextSpan? span = null, string? failOn = null)
        : IAnnotator
    {
        public FakeStage(string name, LayerKey<Token> produces, bool write = true)
            : this(name, (LayerKey<Paragraph>?)null, write)
        {
            TokenKey = produces;
        }

        private LayerKey<Token>? TokenKey { get; }

        public string Name => name;

        public IReadOnlyList<LayerKey> Requires => [];

        public IReadOnlyList<LayerKey> Produces => TokenKey is not null ? [TokenKey] : [produces!];

        public void Annotate(Document document, CancellationToken cancellationToken = default)
        {
            if (failOn is not null && document.Text == failOn)
            {
                throw new InvalidOperationException("refused");
            }

            if (!write)
            {
                return;
            }

            if (TokenKey is not null)
            {
                document.Set(TokenKey, Layer<Token>.Empty);
            }
            else
            {
                document.Set(produces!, [new Paragraph(span ?? new TextSpan(0, document.Text.Length))]);
            }
        }
    }
}
