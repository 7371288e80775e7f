using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Events;

/// <summary>
/// Codes who did what to whom in each sentence, CAMEO-coded (issue #18; <see cref="EventCoder"/>).
/// <para>Requires: tokens, pos, syntax, referents, times. Produces: events. Reads anaphora and datelines when the
/// pipeline has them (pronouns and role nouns as actors; the dateline's country and place).</para>
/// </summary>
public sealed class EventAnnotator(EventCoder coder) : IAnnotator
{
    public EventAnnotator()
        : this(EventCoder.English)
    {
    }

    public string Name => "events";

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Pos, Layers.Syntax, Layers.Referents, Layers.Times];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Events];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Events, coder.Code(document));
}
