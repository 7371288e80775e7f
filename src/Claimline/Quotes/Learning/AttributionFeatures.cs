using Claimline.Entities.Features;
using Claimline.Text;

namespace Claimline.Quotes.Learning;

/// <summary>
/// The hashed features of the two attribution taggers. The cue tagger reads a token, its neighbours and the cue
/// lexicon; the role tagger reads a token relative to one cue: which side of it, how far, what lies between (commas,
/// <c>that</c>, another cue, quotation marks) and the cue's lemma. Both see the labels they have just predicted.
/// The template numbering is part of the model format: changing it means retraining (<see cref="Version"/>).
/// </summary>
internal static class AttributionFeatures
{
    /// <summary>Recorded in the model file; a model trained with other features is refused.</summary>
    public const string Version = "quotes-features/2";

    public const int MaxFeatures = 48;

    /// <summary>How far from its cue the role tagger looks, in tokens each way, within the cue's sentence.</summary>
    public const int RoleReach = 40;

    private static ulong T(int template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong T(int template, ulong a, ulong b) => FeatureHash.Combine(FeatureHash.Combine((ulong)template, a), b);

    private static ulong T(int template, ulong a, ulong b, ulong c) => FeatureHash.Combine(T(template, a, b), c);

    private static ulong W(TokenTraits t, int i, int first, int last) => i < first || i > last ? TokenTraits.Boundary : t.Word[i];

    /// <summary>Features of token <paramref name="i"/> for the cue tagger (labels O, B, I) over the sentence <c>[first, last]</c>.</summary>
    public static int Cue(QuoteContext c, TokenTraits t, int first, int last, int i, int p1, int p2, Span<ulong> f)
    {
        var n = 0;
        var w0 = t.Word[i];
        var wm1 = W(t, i - 1, first, last);
        var wp1 = W(t, i + 1, first, last);
        var lemma = t.Lemma[i];
        var quoted = c.DirectOf[i] >= 0 ? 1UL : 0UL;
        f[n++] = T(1, 0);
        f[n++] = T(2, w0);
        f[n++] = T(3, wm1);
        f[n++] = T(4, wp1);
        f[n++] = T(5, W(t, i - 2, first, last));
        f[n++] = T(6, W(t, i + 2, first, last));
        f[n++] = T(7, wm1, w0);
        f[n++] = T(8, w0, wp1);
        f[n++] = T(9, t.Suffix[i]);
        f[n++] = T(10, t.Shape[i]);
        f[n++] = T(11, lemma);
        f[n++] = T(12, lemma, wp1);
        f[n++] = T(13, lemma, wm1);
        f[n++] = T(14, lemma, t.Shape[i > first ? i - 1 : i]);
        f[n++] = T(15, quoted, t.Shape[i]);
        f[n++] = T(16, (ulong)p1);
        f[n++] = T(17, (ulong)p1, w0);
        f[n++] = T(18, (ulong)p1, lemma);
        f[n++] = T(19, (ulong)p2, (ulong)p1);
        f[n++] = T(20, i == first ? 1UL : 0UL, t.Shape[i]);
        f[n++] = T(21, t.Shape[i > first ? i - 1 : i], t.Shape[i], t.Shape[i < last ? i + 1 : i]);
        f[n++] = T(22, quoted, lemma);
        f[n++] = T(23, t.Suffix[i], wp1);
        f[n++] = T(24, (ulong)p1, wm1, w0);
        f[n++] = T(25, t.Stem[i]);
        f[n++] = T(26, t.Stem[i], wp1);
        f[n++] = T(27, t.Stem[i], t.Shape[i > first ? i - 1 : i]);
        f[n++] = T(28, w0, wp1, W(t, i + 2, first, last));
        f[n++] = T(29, t.Stem[i], Ahead(c, i, last));
        f[n++] = T(30, t.Shape[i > first ? i - 1 : i], w0);
        f[n++] = T(31, W(t, i - 2, first, last), wm1, w0);
        return n;
    }

    /// <summary>
    /// Features of token <paramref name="i"/> for the role tagger (labels O, B-S, I-S, B-C, I-C) about the cue
    /// <c>[cueFirst, cueLast]</c>; <paramref name="window"/> holds the counts between tokens of the sequence.
    /// </summary>
    public static int Role(QuoteContext c, TokenTraits t, RoleWindow window, int i, int p1, int p2, Span<ulong> f)
    {
        var n = 0;
        int first = window.First, last = window.Last, cueFirst = window.CueFirst, cueLast = window.CueLast;
        ulong side = i < cueFirst ? 0UL : i > cueLast ? 2UL : 1UL;
        var distance = i < cueFirst ? cueFirst - i : i > cueLast ? i - cueLast : 0;
        var d = (ulong)Bucket(distance);
        var w0 = t.Word[i];
        var wm1 = W(t, i - 1, first, last);
        var wp1 = W(t, i + 1, first, last);
        var cueLemma = t.Lemma[cueFirst];
        var cueWord = t.Word[cueFirst];
        var commas = (ulong)Math.Min(2, window.Between(window.Commas, i));
        var cues = (ulong)Math.Min(2, window.Between(window.Cues, i));
        var thats = (ulong)Math.Min(1, window.Between(window.Thats, i));
        var quoted = c.DirectOf[i] >= 0 ? 1UL : 0UL;
        var cueQuoted = c.DirectOf[cueFirst] >= 0 ? 1UL : 0UL;
        var afterCue = W(t, cueLast + 1, first, last);
        var beforeCue = W(t, cueFirst - 1, first, last);
        var sp1 = (ulong)p1;
        f[n++] = T(101, side);
        f[n++] = T(102, side, d);
        f[n++] = T(103, side, w0);
        f[n++] = T(104, side, wm1);
        f[n++] = T(105, side, wp1);
        f[n++] = T(106, side, t.Shape[i]);
        f[n++] = T(107, side, cueLemma);
        f[n++] = T(108, side, d, cueLemma);
        f[n++] = T(109, side, cueWord);
        f[n++] = T(110, side, commas, d);
        f[n++] = T(111, side, cues);
        f[n++] = T(112, side, thats);
        f[n++] = T(113, side, quoted, cueQuoted);
        f[n++] = T(114, side, afterCue);
        f[n++] = T(115, side, beforeCue);
        f[n++] = T(116, side, afterCue, d);
        f[n++] = T(117, side, beforeCue, d);
        f[n++] = T(118, sp1);
        f[n++] = T(119, sp1, side);
        f[n++] = T(120, sp1, w0);
        f[n++] = T(121, sp1, side, d);
        f[n++] = T(122, (ulong)p2, sp1);
        f[n++] = T(123, sp1, t.Shape[i]);
        f[n++] = T(124, side, wm1, w0);
        f[n++] = T(125, side, w0, wp1);
        f[n++] = T(126, side, i == first ? 1UL : i == last ? 2UL : 0UL);
        f[n++] = T(127, side, commas, cues);
        f[n++] = T(128, side, t.Lemma[i]);
        f[n++] = T(129, sp1, side, commas);
        f[n++] = T(130, side, cueLemma, w0);
        f[n++] = T(131, side, d, t.Shape[i]);
        f[n++] = T(132, sp1, side, cues);
        f[n++] = T(133, side, (ulong)Math.Min(3, window.Between(window.Terminals, i)));
        f[n++] = T(134, sp1, wm1, w0);
        f[n++] = T(135, side, cueLemma, afterCue);
        f[n++] = T(136, side, t.Stem[i]);
        f[n++] = T(137, side, t.Stem[cueFirst]);
        f[n++] = T(138, side, d, t.Stem[cueFirst]);
        return n;
    }

    /// <summary>What the next four tokens hold: a <c>that</c>, a quotation mark, a comma or colon (as bits).</summary>
    private static ulong Ahead(QuoteContext c, int i, int last)
    {
        ulong bits = 0;
        for (var k = i + 1; k <= Math.Min(last, i + 4); k++)
        {
            bits |= c.Lower[k] == "that" ? 1UL : c.Kind(k) == TokenKind.Quote ? 2UL : c.Lower[k] is "," or ":" ? 4UL : 0UL;
        }

        return bits;
    }

    private static int Bucket(int distance) => distance switch
    {
        <= 3 => distance,
        <= 5 => 4,
        <= 8 => 5,
        <= 12 => 6,
        <= 20 => 7,
        <= 35 => 8,
        _ => 9,
    };
}

/// <summary>
/// One role-tagging sequence: the tokens within <see cref="AttributionFeatures.RoleReach"/> of a cue in its sentence,
/// with running counts of commas, cue words, <c>that</c> and sentence ends, so that "how many lie between this token
/// and the cue" costs two reads. Reused across cues by one thread.
/// </summary>
internal sealed class RoleWindow
{
    private int[] _commas = new int[256];
    private int[] _cues = new int[256];
    private int[] _thats = new int[256];
    private int[] _terminals = new int[256];

    public int First { get; private set; }

    public int Last { get; private set; }

    public int CueFirst { get; private set; }

    public int CueLast { get; private set; }

    public int Length => Last - First + 1;

    internal int[] Commas => _commas;

    internal int[] Cues => _cues;

    internal int[] Thats => _thats;

    internal int[] Terminals => _terminals;

    /// <summary>Sets the window around cue <c>[cueFirst, cueLast]</c> inside the sentence <c>[sentenceFirst, sentenceLast]</c>.</summary>
    public void Prepare(QuoteContext c, TokenTraits t, int sentenceFirst, int sentenceLast, int cueFirst, int cueLast)
    {
        First = Math.Max(sentenceFirst, cueFirst - AttributionFeatures.RoleReach);
        Last = Math.Min(sentenceLast, cueLast + AttributionFeatures.RoleReach);
        CueFirst = cueFirst;
        CueLast = cueLast;
        var n = Length + 1;
        if (_commas.Length < n)
        {
            _commas = new int[n * 2];
            _cues = new int[n * 2];
            _thats = new int[n * 2];
            _terminals = new int[n * 2];
        }

        // Prefix counts: _x[k] is the count over tokens First … First + k - 1.
        for (var k = 0; k < Length; k++)
        {
            var i = First + k;
            var inCue = i >= cueFirst && i <= cueLast;
            _commas[k + 1] = _commas[k] + (c.Lower[i] is "," or "—" or "--" or "–" ? 1 : 0);
            _cues[k + 1] = _cues[k] + (!inCue && t.IsCue[i] ? 1 : 0);
            _thats[k + 1] = _thats[k] + (c.Lower[i] == "that" ? 1 : 0);
            _terminals[k + 1] = _terminals[k] + (c.Kind(i) is TokenKind.Terminal ? 1 : 0);
        }
    }

    /// <summary>How many counted tokens lie strictly between token <paramref name="i"/> and the cue.</summary>
    public int Between(int[] prefix, int i)
    {
        if (i < CueFirst)
        {
            return prefix[CueFirst - First] - prefix[i - First + 1];
        }

        return i > CueLast ? prefix[i - First] - prefix[CueLast - First + 1] : 0;
    }
}
