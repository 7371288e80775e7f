using Claimline.Entities.Features;
using Claimline.Text;

namespace Claimline.Quotes.Learning;

/// <summary>
/// What the attribution features read of each token of a document, hashed once: the lower-case form, a suffix, a word
/// shape, the cue lemma when the form is in the cue lexicon, and whether it stands in quotation marks. Built per
/// document on one thread.
/// </summary>
internal sealed class TokenTraits
{
    /// <summary>Stands for the words before the first and after the last token of a sequence.</summary>
    public static readonly ulong Boundary = FeatureHash.Of("<s>");

    private static readonly ulong s_noLemma = FeatureHash.Of("<none>");

    public TokenTraits(QuoteContext c)
    {
        var n = c.Count;
        Word = new ulong[n];
        Suffix = new ulong[n];
        Stem = new ulong[n];
        Shape = new ulong[n];
        Lemma = new ulong[n];
        IsCue = new bool[n];
        Capitalized = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var lower = c.Lower[i];
            Word[i] = FeatureHash.Of(lower);
            Suffix[i] = FeatureHash.Of(lower.Length > 3 ? lower.AsSpan(lower.Length - 3) : lower);
            Stem[i] = FeatureHash.Of(StemOf(lower));
            Shape[i] = ShapeOf(c, i);
            Capitalized[i] = c.IsCapitalized(i);
            if (c.Kind(i) == TokenKind.Word && c.Lexicon.CueForms.TryGetValue(lower, out var lemma))
            {
                Lemma[i] = FeatureHash.Of(lemma);
                IsCue[i] = true;
            }
            else
            {
                Lemma[i] = s_noLemma;
            }
        }
    }

    public ulong[] Word { get; }

    public ulong[] Suffix { get; }

    public ulong[] Shape { get; }

    /// <summary>The form without an inflection ending, so <c>wants</c>, <c>wanted</c> and <c>wanting</c> share a feature.</summary>
    public ulong[] Stem { get; }

    /// <summary>The hash of the cue lemma of a form in the cue lexicon (<c>said</c> → say), else of "none".</summary>
    public ulong[] Lemma { get; }

    public bool[] IsCue { get; }

    public bool[] Capitalized { get; }

    // A crude stemmer is enough here: the stem only pools evidence between the forms of one word.
    private static ReadOnlySpan<char> StemOf(string lower)
    {
        foreach (var ending in s_endings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                return lower.AsSpan(0, lower.Length - ending.Length);
            }
        }

        return lower;
    }

    private static readonly string[] s_endings = ["ing", "ied", "ies", "ed", "es", "s", "e"];

    private static ulong ShapeOf(QuoteContext c, int i)
    {
        // A handful of classes: enough to tell names, pronoun-like lower words, numbers and the punctuation kinds apart.
        var kind = c.Kind(i);
        var code = kind switch
        {
            TokenKind.Word when c.IsCapitalized(i) && c.Lexicon.Pronouns.ContainsKey(c.Lower[i]) => 1,
            TokenKind.Word when c.Lexicon.Pronouns.ContainsKey(c.Lower[i]) => 2,
            TokenKind.Word when c.IsCapitalized(i) => 3,
            TokenKind.Word => 4,
            TokenKind.Number => 5,
            TokenKind.Clitic => 6,
            TokenKind.Terminal => 7,
            TokenKind.Punctuation => 8,
            TokenKind.Quote => 9,
            TokenKind.Dash => 10,
            _ => 11,
        };
        return FeatureHash.Mix(0xC0FFEEUL + (ulong)code);
    }
}
