using Claimline.Model;
using Claimline.Syntax;

namespace Claimline.Quantities;

/// <summary>
/// The part-of-speech tag of each token, read from the <c>pos</c> layer the first time one is asked for:
/// most documents never need them (only a <c>no</c> before a noun does), so most never build the array.
/// </summary>
internal sealed class TokenTags(Document document)
{
    private Upos[]? _tags;

    public Upos Tag(int token) => token < All.Length ? All[token] : Upos.None;

    private Upos[] All => _tags ??= Build(document);

    private static Upos[] Build(Document document)
    {
        if (!document.TryGet(Layers.Pos, out var pos) || !document.TryGet(Layers.Tokens, out var tokens))
        {
            return [];
        }

        var tags = new Upos[tokens.Count];
        foreach (var sentence in pos)
        {
            for (var k = 0; k < sentence.Length && sentence.FirstToken + k < tags.Length; k++)
            {
                tags[sentence.FirstToken + k] = sentence.Tags[k];
            }
        }

        return tags;
    }
}
