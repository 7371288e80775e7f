using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Quotes;

/// <summary>
/// Finds direct, indirect and mixed quotes with their cue, speaker (resolved within the article) and date.
/// <para>Requires: tokens, paragraphs, sentences, referents (speakers are resolved to them; entities are read for
/// speaker spans), sentenceTimes (and reads times when present, to step over <c>said Thursday</c>). Produces: quotes.</para>
/// Example: <c>“We will keep the border open,” Kovac said Wednesday.</c> in an article of Thursday 2024-10-31 gives a direct
/// quote, cue <c>said</c> (say), speaker <c>Kovac</c> resolved to the earlier <c>Ana Kovac</c>, date 2024-10-30.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator, IPreloadable
{
    // The shipped tagger loads its model on first use, not when a pipeline is put together: `claimline train quotes`
    // builds the stages before it (without running this one) and must work when the shipped model is stale.
    private readonly Lazy<QuoteTagger> _tagger;

    public QuoteAnnotator()
    {
        _tagger = new Lazy<QuoteTagger>(() => QuoteTagger.English);
    }

    public QuoteAnnotator(QuoteTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = new Lazy<QuoteTagger>(tagger);
    }

    public string Name => "quotes";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Paragraphs, Layers.Sentences, Layers.Referents, Layers.SentenceTimes];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Quotes];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Quotes, _tagger.Value.Tag(document));

    /// <summary>Loads the model now (<see cref="StandardPipeline.Create"/> does, for a pipeline that will run).</summary>
    public void Preload() => _ = _tagger.Value;
}
