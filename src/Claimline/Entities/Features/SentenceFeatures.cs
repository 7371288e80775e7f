using Claimline.Entities.Gazetteers;
using Claimline.Syntax.Tagging;
using Claimline.Text;

namespace Claimline.Entities.Features;

/// <summary>
/// Per-token values computed once per sentence (hashes of the word, its lower-cased and shape forms, affixes,
/// gazetteer matches, Brown clusters and organization designators), from which <see cref="FeatureExtractor"/> assembles each position's features. Reused from
/// sentence to sentence by one thread; grows as needed.
/// </summary>
public sealed class SentenceFeatures
{
    public const int AffixLengths = 4;

    private readonly HashedClusters _clusters;
    private string[] _tokens = new string[64];

    /// <summary>Scratch space with the shipped Brown clusters (<see cref="WordClusters.English"/>), shared with the POS tagger.</summary>
    public SentenceFeatures()
        : this(WordClusters.English)
    {
    }

    public SentenceFeatures(WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        _clusters = HashedClusters.Of(clusters);
    }

    public int Count { get; private set; }

    /// <summary>Whether no token of the sentence has a lower-case letter (a headline written in capitals).</summary>
    public bool UpperSentence { get; private set; }

    internal ulong[] Word { get; private set; } = new ulong[64];

    /// <summary>Lower-cased with digits as 0, so years and scores share a feature.</summary>
    internal ulong[] Lower { get; private set; } = new ulong[64];

    /// <summary>Lower-cased as is: the key for gazetteer and document history.</summary>
    internal ulong[] LowerExact { get; private set; } = new ulong[64];

    internal ulong[] Shape { get; private set; } = new ulong[64];

    internal ulong[] ShortShape { get; private set; } = new ulong[64];

    internal ulong[] Prefixes { get; private set; } = new ulong[64 * AffixLengths];

    internal ulong[] Suffixes { get; private set; } = new ulong[64 * AffixLengths];

    internal uint[] Gazetteer { get; private set; } = new uint[64];

    /// <summary>The token's whole Brown cluster path with its leading 1 bit (as written, lower-cased, then Title-cased); 0 when unknown.</summary>
    internal ulong[] Cluster { get; private set; } = new ulong[64];

    /// <summary>Whether the token is an organization designator (<see cref="Gazetteers.Gazetteer.IsDesignator"/>).</summary>
    internal bool[] Designator { get; private set; } = new bool[64];

    /// <summary>
    /// Whether the token belongs to a run of two or more capitalized tokens whose last token is a designator
    /// (<c>Northwind Logistics</c>, <c>Procter &amp; Gamble Co</c>): the run names an organization, whatever its first words are.
    /// </summary>
    internal bool[] InDesignatedRun { get; private set; } = new bool[64];

    /// <summary>Whether the token starts with an upper-case letter.</summary>
    internal bool[] Capitalized { get; private set; } = new bool[64];

    /// <summary>Whether the token starts with a lower-case letter.</summary>
    internal bool[] StartsLower { get; private set; } = new bool[64];

    public string Token(int i) => _tokens[i];

    /// <summary>Computes the per-token values of a sentence. <paramref name="tokens"/> are raw token strings.</summary>
    public void Prepare(IReadOnlyList<string> tokens, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var n = tokens.Count;
        Grow(n);
        Count = n;
        Span<char> buffer = stackalloc char[64];
        Span<char> shape = stackalloc char[32];
        var anyLower = false;
        for (var i = 0; i < n; i++)
        {
            var token = TokenForm.Normalize(tokens[i]);
            _tokens[i] = token;
            var span = token.AsSpan();
            Word[i] = FeatureHash.Of(span);
            LowerExact[i] = FeatureHash.OfLower(span);
            Capitalized[i] = span.Length > 0 && char.IsUpper(span[0]);
            StartsLower[i] = span.Length > 0 && char.IsLower(span[0]);

            var length = Math.Min(span.Length, buffer.Length);
            var hasDigit = false;
            for (var k = 0; k < length; k++)
            {
                var c = span[k];
                anyLower |= char.IsLower(c);
                hasDigit |= char.IsDigit(c);
                buffer[k] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            }

            var lower = buffer[..length];
            Lower[i] = hasDigit ? FeatureHash.Of(lower) : LowerExact[i];
            for (var a = 1; a <= AffixLengths; a++)
            {
                var take = Math.Min(a, length);
                Prefixes[(i * AffixLengths) + a - 1] = a <= length ? FeatureHash.Of(lower[..take]) : 0;
                Suffixes[(i * AffixLengths) + a - 1] = a <= length ? FeatureHash.Of(lower[^take..]) : 0;
            }

            Cluster[i] = ClusterOf(span, Word[i], LowerExact[i]);
            Designator[i] = gazetteer.IsDesignator(Word[i]);
            Shape[i] = FeatureHash.Of(shape[..TokenForm.Shape(span, shape)]);
            ShortShape[i] = FeatureHash.Of(shape[..TokenForm.Shape(span, shape, maxRun: 1)]);
        }

        UpperSentence = !anyLower;
        gazetteer.Match(_tokens.AsSpan(0, n), LowerExact.AsSpan(0, n), Gazetteer.AsSpan(0, n));
        MarkDesignatedRuns(n);
    }

    /// <summary>The cluster as <see cref="WordClusters.Path"/> finds it: as written, lower-cased, then Title-cased.</summary>
    private ulong ClusterOf(ReadOnlySpan<char> word, ulong written, ulong lower)
    {
        var path = _clusters.Path(written);
        if (path != 0 || word.IsEmpty)
        {
            return path;
        }

        path = _clusters.Path(lower);
        if (path != 0 || word.Length > 64)
        {
            return path;
        }

        Span<char> title = stackalloc char[word.Length];
        word.ToLowerInvariant(title);
        title[0] = char.ToUpperInvariant(title[0]);
        return _clusters.Path(FeatureHash.Of(title));
    }

    /// <summary>Marks the capitalized runs (an <c>&amp;</c> may join them) that end in a designator.</summary>
    private void MarkDesignatedRuns(int n)
    {
        Array.Clear(InDesignatedRun, 0, n);
        var i = 0;
        while (i < n)
        {
            if (!Capitalized[i])
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && (Capitalized[end] || (_tokens[end] == "&" && end + 1 < n && Capitalized[end + 1])))
            {
                end++;
            }

            if (end - i >= 2 && Designator[end - 1])
            {
                Array.Fill(InDesignatedRun, true, i, end - i);
            }

            i = end;
        }
    }

    private void Grow(int n)
    {
        if (n <= Word.Length)
        {
            return;
        }

        var size = Math.Max(n, Word.Length * 2);
        _tokens = new string[size];
        Word = new ulong[size];
        Lower = new ulong[size];
        LowerExact = new ulong[size];
        Shape = new ulong[size];
        ShortShape = new ulong[size];
        Prefixes = new ulong[size * AffixLengths];
        Suffixes = new ulong[size * AffixLengths];
        Gazetteer = new uint[size];
        Capitalized = new bool[size];
        StartsLower = new bool[size];
        Cluster = new ulong[size];
        Designator = new bool[size];
        InDesignatedRun = new bool[size];
    }
}
