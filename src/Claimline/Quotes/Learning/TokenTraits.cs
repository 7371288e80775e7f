using Claimline.Entities.Features;
using Claimline.Model;
using Claimline.Syntax;
using Claimline.Text;

namespace Claimline.Quotes.Learning;

/// <summary>
/// What the attribution features read of each token of a document, hashed once: the lower-case form, a suffix, a word
/// shape, the cue lemma when the form is in the cue lexicon, and whether it stands in quotation marks; and from the
/// syntax layers, its part of speech, its relation to its head, its head and which attribution frames its dependents
/// form (a clausal complement, parataxis, an object, a subject, a negation). Built per document on one thread.
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

        Tag = new ulong[n];
        Relation = new ulong[n];
        Frame = new ulong[n];
        Head = new int[n];
        Array.Fill(Tag, s_noSyntax);
        Array.Fill(Relation, s_noSyntax);
        Array.Fill(Head, -1);
        ReadSyntax(c);
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

    /// <summary>The hash of the token's UPOS tag (layer <c>pos</c>), or of "none" where no tagger ran.</summary>
    public ulong[] Tag { get; }

    /// <summary>The hash of the token's dependency relation to its head without subtype (layer <c>syntax</c>).</summary>
    public ulong[] Relation { get; }

    /// <summary>The token's head as a document token index; -1 for a sentence's root or where no parser ran.</summary>
    public int[] Head { get; }

    /// <summary>
    /// Which attribution frames the token's dependents form, as bits (<see cref="FrameOf"/>): a reporting verb
    /// governs its content as <c>ccomp</c>, <c>parataxis</c>, <c>obj</c> or <c>xcomp</c>, and its source as subject.
    /// </summary>
    public ulong[] Frame { get; }

    private static readonly ulong s_noSyntax = FeatureHash.Of("<nosyntax>");

    private void ReadSyntax(QuoteContext c)
    {
        if (c.Document.TryGet(Layers.Pos, out var pos))
        {
            foreach (var sentence in pos)
            {
                for (var k = 0; k < sentence.Length && sentence.FirstToken + k < Tag.Length; k++)
                {
                    Tag[sentence.FirstToken + k] = s_tags[(int)sentence.Tags[k]];
                }
            }
        }

        if (!c.Document.TryGet(Layers.Syntax, out var trees))
        {
            return;
        }

        foreach (var tree in trees)
        {
            var first = tree.FirstToken;
            if (first + tree.Length > Head.Length)
            {
                continue;
            }

            for (var k = 0; k < tree.Length; k++)
            {
                var relation = tree.BaseRelation(k);
                Relation[first + k] = FeatureHash.Of(relation);
                var head = tree.Heads[k];
                Head[first + k] = head < 0 ? -1 : first + head;
                if (head >= 0)
                {
                    Frame[first + head] |= FrameOf(relation, c.Lower[first + k]);
                }
            }
        }

        for (var i = 0; i < Frame.Length; i++)
        {
            Frame[i] = FeatureHash.Mix(0xF4A3EUL + Frame[i]);
        }
    }

    /// <summary>The frame bit a dependent with <paramref name="relation"/> adds to its head.</summary>
    private static ulong FrameOf(string relation, string lower) => relation switch
    {
        "ccomp" => 1,
        "parataxis" => 2,
        "obj" => 4,
        "xcomp" => 8,
        "nsubj" => 16,
        "csubj" => 32,
        "advmod" when lower is "not" or "n't" or "never" => 64,
        "obl" => 128,
        "mark" when lower == "to" => 256,
        _ => 0,
    };

    private static readonly ulong[] s_tags = [.. Enum.GetValues<Upos>().Select(t => FeatureHash.Of("upos:" + t.Name()))];

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
