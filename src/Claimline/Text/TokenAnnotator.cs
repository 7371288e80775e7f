using Claimline.Model;
using Claimline.Pipeline;

namespace Claimline.Text;

/// <summary>
/// Tokenizes the whole text with <see cref="Tokenizer"/>.
/// <para>Requires: nothing. Produces: tokens.</para>
/// Example: <c>Ukraine’s 11,000-strong force</c> → <c>Ukraine</c> <c>’s</c> <c>11,000-strong</c> <c>force</c>.
/// </summary>
public sealed class TokenAnnotator(Tokenizer tokenizer) : IAnnotator
{
    public TokenAnnotator()
        : this(Tokenizer.English)
    {
    }

    public string Name => "tokens";

    public IReadOnlyList<LayerKey> Requires { get; } = [];

    public IReadOnlyList<LayerKey> Produces { get; } = [Layers.Tokens];

    public void Annotate(Document document, CancellationToken cancellationToken = default)
        => document.Set(Layers.Tokens, tokenizer.Tokenize(document.Text));
}
