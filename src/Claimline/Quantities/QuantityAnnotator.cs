using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Quantities;

/// <summary>
/// Finds numbers with their qualifier, unit, change, what they count and where (issue #6, first part).
/// <para>Requires: tokens, sentences, referents (to name the entities in a counted phrase and the place), times (to
/// leave out numbers inside dates and durations). Produces: quantities.</para>
/// Example: <c>there are about 7,500 Ethiopian troops in Russia</c> gives 10000, approx, counted
/// <c>North Korean troops</c> (troop; group:KP), location Russia (country:RU).
/// </summary>
public sealed class QuantityAnnotator(QuantityFinder finder) : IAnnotator
{
    public QuantityAnnotator()
        : this(QuantityFinder.English)
    {
    }

    public string Name => "quantities";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Referents, Layers.Times];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Quantities];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Quantities, finder.Find(document));
}
