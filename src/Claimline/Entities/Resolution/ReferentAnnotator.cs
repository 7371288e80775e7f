using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Entities.Resolution;

/// <summary>
/// Resolves the entity mentions of an article into referents with <see cref="ReferentResolver"/>: who and what the
/// article speaks of, under one canonical name and a stable key, with every mention and each person's roles.
/// <para>Requires: tokens, sentences, sections, datelines, entities. Produces: referents.</para>
/// Example: <c>Defense Secretary Ana Kovac … Kovac said</c> gives one referent, person <c>Ana Kovac</c>, key
/// <c>person:ana-kovac</c>, two mentions, role <c>Defense Secretary</c>; <c>DPRK</c> and <c>North Korea</c> give one
/// referent, country <c>North Korea</c>, key <c>country:KP</c>.
/// </summary>
public sealed class ReferentAnnotator(ReferentResolver resolver) : IAnnotator, IPreloadable
{
    public ReferentAnnotator()
        : this(ReferentResolver.English)
    {
    }

    public string Name => "referents";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.Sections, Layers.Datelines, Layers.Entities];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Referents];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Referents, resolver.Resolve(document));

    /// <summary>The place tables (about 170,000 places) load on first use; this loads them now.</summary>
    public void Preload() => _ = Geocoder.English;
}
