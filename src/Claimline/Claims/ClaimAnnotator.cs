using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Claims;

/// <summary>
/// Turns every quantity into a claim with its holder, date, modality, concept and evidence (issue #6, second part).
/// <para>Requires: sentences, times, sentenceTimes, referents, quotes, quantities. Produces: claims. Reads anaphora
/// when the pipeline has it, to name a speaker the quote stage left unresolved.</para>
/// </summary>
public sealed class ClaimAnnotator(ClaimFinder finder) : IAnnotator
{
    public ClaimAnnotator()
        : this(new ClaimFinder(ClaimLexicon.English))
    {
    }

    public string Name => "claims";

    public IReadOnlyList<LayerKey> Requires { get; } =
        [Layers.Sentences, Layers.Times, Layers.SentenceTimes, Layers.Referents, Layers.Quotes, Layers.Quantities];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Claims];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Claims, finder.Find(document));
}
