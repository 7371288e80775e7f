using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Text;

/// <summary>
/// Finds paragraphs with <see cref="ParagraphSplitter"/>.
/// <para>Requires: nothing. Produces: paragraphs.</para>
/// </summary>
public sealed class ParagraphAnnotator : IAnnotator
{
    public string Name => "paragraphs";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Paragraphs];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Paragraphs, ParagraphSplitter.Split(document.Text));
}
