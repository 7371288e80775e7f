using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Entities.Coreference;

/// <summary>
/// Links pronouns, role nouns and descriptions to the article's referents with <see cref="CoreferenceResolver"/>,
/// each with a confidence and the sieve that made the link.
/// <para>Requires: tokens, paragraphs, sentences, sections, referents. Produces: anaphora.</para>
/// Example: <c>Defense Minister Ana Kovac arrived on Monday. She said the minister would stay.</c> links
/// <c>She</c> (pronoun.person) and <c>the minister</c> (role.title) to <c>person:ana-kovac</c>.
/// </summary>
public sealed class CoreferenceAnnotator(CoreferenceResolver resolver) : IAnnotator
{
    public CoreferenceAnnotator()
        : this(CoreferenceResolver.English)
    {
    }

    public string Name => "coreference";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Paragraphs, Layers.Sentences, Layers.Sections, Layers.Referents];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Anaphora];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Anaphora, resolver.Resolve(document));
}
