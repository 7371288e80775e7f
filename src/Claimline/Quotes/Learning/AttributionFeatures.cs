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
    public const string Version = "quotes-features/3";

    public const int MaxFeatures = 56;

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

        // Syntax: a reporting word is a verb or noun that governs its content as a clause, parataxis or object.
        var head = t.Head[i];
        var headTag = head < 0 ? TokenTraits.Boundary : t.Tag[head];
        f[n++] = T(40, t.Tag[i]);
        f[n++] = T(41, t.Tag[i], w0);
        f[n++] = T(42, t.Relation[i]);
        f[n++] = T(43, t.Frame[i]);
        f[n++] = T(44, t.Frame[i], w0);
        f[n++] = T(45, t.Frame[i], t.Stem[i]);
        f[n++] = T(46, t.Relation[i], w0);
        f[n++] = T(47, t.Relation[i], headTag);
        f[n++] = T(48, t.Tag[i], t.Frame[i], t.Relation[i]);
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

        // Syntax: where the token stands in the tree seen from the cue (in the subtree of its subject, of its
        // complement clause, above the cue for an inverted `…, he said`).
        var path = window.Path(i);
        var top = window.Top(i) ? 1UL : 0UL;
        var cueRelation = t.Relation[cueFirst];
        f[n++] = T(150, side, path);
        f[n++] = T(151, path, top);
        f[n++] = T(152, path, cueRelation);
        f[n++] = T(153, path, d);
        f[n++] = T(154, path, sp1);
        f[n++] = T(155, path, cueLemma);
        f[n++] = T(156, path, t.Tag[i]);
        f[n++] = T(157, side, t.Tag[i]);
        f[n++] = T(158, path, t.Relation[i], top);
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
    private ulong[] _path = new ulong[256];
    private bool[] _top = new bool[256];

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
            _path = new ulong[n * 2];
            _top = new bool[n * 2];
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

        PreparePaths(t);
    }

    /// <summary>
    /// The token's place in the tree seen from the cue: below the cue, the relation of the cue's dependent whose
    /// subtree holds it (<c>nsubj</c>, <c>ccomp</c>); below the cue's head but not the cue, that relation marked as
    /// "up" (the main clause of an inverted <c>“…,” he said</c>, the object of <c>according to</c>); else "none".
    /// </summary>
    public ulong Path(int i) => _path[i - First];

    /// <summary>Whether the token heads the subtree <see cref="Path"/> names (the subject's head word itself).</summary>
    public bool Top(int i) => _top[i - First];

    private static readonly ulong s_none = FeatureHash.Of("path:none");
    private static readonly ulong s_cue = FeatureHash.Of("path:cue");
    private static readonly ulong s_up = FeatureHash.Of("path:up");
    private static readonly ulong s_headSelf = FeatureHash.Of("path:head");

    private void PreparePaths(TokenTraits t)
    {
        var cue = CueFirst;
        for (var j = CueFirst; j <= CueLast; j++)
        {
            // The cue's word that the rest of the cue hangs from: `according` in `according to`, `said` in `said in a statement`.
            if (t.Head[j] < CueFirst || t.Head[j] > CueLast)
            {
                cue = j;
                break;
            }
        }

        var cueHead = t.Head[cue];
        for (var k = 0; k < Length; k++)
        {
            var i = First + k;
            _path[k] = s_none;
            _top[k] = false;
            if (i >= CueFirst && i <= CueLast)
            {
                _path[k] = s_cue;
                continue;
            }

            if (i == cueHead)
            {
                _path[k] = s_headSelf;
                _top[k] = true;
                continue;
            }

            // Walk up from the token; a sentence's tree is shallow, and the walk is bounded by the window in case a
            // layer came from elsewhere malformed.
            int w = i, below = -1;
            for (var steps = 0; w >= 0 && steps <= Length + 1; steps++)
            {
                if (w == cue)
                {
                    _path[k] = t.Relation[below];
                    _top[k] = below == i;
                    break;
                }

                if (w == cueHead)
                {
                    _path[k] = FeatureHash.Combine(s_up, t.Relation[below]);
                    _top[k] = below == i;
                    break;
                }

                below = w;
                w = t.Head[w];
            }
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
