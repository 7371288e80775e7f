using Claimline.Entities.Features;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// Per-token values of one sentence computed once (hashes of the word as written and lower-cased, affixes, shapes,
/// Brown cluster prefixes), from which <see cref="PosFeatureExtractor"/> assembles each position's features. Reused
/// from sentence to sentence by one thread and grown as needed, so tagging allocates nothing per token.
/// </summary>
public sealed class PosSentence
{
    public const int AffixLengths = 4;

    /// <summary>The Brown cluster prefix lengths used as features (Turian et al. 2010; spaCy and Koo et al. use the same kind).</summary>
    public static readonly int[] ClusterLengths = [4, 6, 10, 20];

    /// <summary>Characters of a token the features look at; longer tokens (URLs, hostile input) are cut.</summary>
    private const int MaxChars = 64;

    private readonly HashedClusters _clusters;

    public PosSentence()
        : this(WordClusters.English)
    {
    }

    public PosSentence(WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        _clusters = HashedClusters.Of(clusters);
    }

    public int Count { get; private set; }

    /// <summary>The token as written (after <see cref="Normalize"/>), the key of the tag dictionary.</summary>
    internal ulong[] Word { get; private set; } = new ulong[64];

    /// <summary>Lower-cased with digits as 0.</summary>
    internal ulong[] Lower { get; private set; } = new ulong[64];

    internal ulong[] Shape { get; private set; } = new ulong[64];

    internal ulong[] ShortShape { get; private set; } = new ulong[64];

    /// <summary><see cref="AffixLengths"/> per token, 0 where the token is shorter.</summary>
    internal ulong[] Prefixes { get; private set; } = new ulong[64 * AffixLengths];

    internal ulong[] Suffixes { get; private set; } = new ulong[64 * AffixLengths];

    /// <summary>The whole Brown cluster path with its leading 1 bit, 0 for an unknown word.</summary>
    internal ulong[] Cluster { get; private set; } = new ulong[64];

    /// <summary>Prepares a sentence given as strings (training data, tests).</summary>
    public void Prepare(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Resize(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            Set(i, tokens[i] ?? "");
        }
    }

    /// <summary>Prepares the <paramref name="count"/> tokens from <paramref name="first"/> of a document's tokens, reading their text in place.</summary>
    public void Prepare(string text, IReadOnlyList<Token> tokens, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        Resize(count);
        for (var i = 0; i < count; i++)
        {
            Set(i, tokens[first + i].Span.SliceOf(text));
        }
    }

    /// <summary>
    /// The token as the features see it: typographic apostrophes become <c>'</c>, double quotes of any kind
    /// <c>"</c>, em and en dashes <c>--</c> (the treebank's spelling). Writes into <paramref name="output"/> (at least
    /// <paramref name="token"/>'s length, or 2) and returns the length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> output)
    {
        if (token is "``" or "''" or "“" or "”" or "„" or "«" or "»")
        {
            output[0] = '"';
            return 1;
        }

        if (token is "—" or "–" or "―")
        {
            output[0] = '-';
            output[1] = '-';
            return 2;
        }

        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            output[k] = c is '’' or '‘' or '‛' ? '\'' : c;
        }

        return token.Length;
    }

    private void Resize(int n)
    {
        if (n > Word.Length)
        {
            var size = Math.Max(n, Word.Length * 2);
            Word = new ulong[size];
            Lower = new ulong[size];
            Shape = new ulong[size];
            ShortShape = new ulong[size];
            Prefixes = new ulong[size * AffixLengths];
            Suffixes = new ulong[size * AffixLengths];
            Cluster = new ulong[size];
        }

        Count = n;
    }

    /// <summary>
    /// Computes a token's values in one pass over its characters: FNV-1a states of the word, its lower-cased form
    /// (digits as 0, the feature form), its plain lower-cased form (the cluster key) and its two shapes, with the
    /// prefix hashes taken from the running state; suffix hashes run backwards from the end.
    /// </summary>
    private void Set(int i, ReadOnlySpan<char> raw)
    {
        const ulong basis = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        Span<char> word = stackalloc char[MaxChars];
        Span<char> lower = stackalloc char[MaxChars];
        var length = Normalize(raw[..Math.Min(raw.Length, MaxChars - 2)], word);
        ulong written = basis, folded = basis, plain = basis, shape = basis, shortShape = basis;
        var affixes = i * AffixLengths;
        char previousClass = '\0';
        var run = 0;
        var hasDigit = false;
        for (var k = 0; k < length; k++)
        {
            var c = word[k];
            var l = char.ToLowerInvariant(c);
            var isDigit = char.IsDigit(c);
            hasDigit |= isDigit;
            var f = isDigit ? '0' : l;
            lower[k] = f;
            written = (written ^ c) * prime;
            folded = (folded ^ f) * prime;
            plain = (plain ^ l) * prime;
            if (k < AffixLengths)
            {
                Prefixes[affixes + k] = FeatureHash.Mix(folded);
            }

            var cls = TokenForm.Class(c);
            run = cls == previousClass ? run + 1 : 1;
            previousClass = cls;
            if (run <= 4)
            {
                shape = (shape ^ cls) * prime;
            }

            if (run == 1)
            {
                shortShape = (shortShape ^ cls) * prime;
            }
        }

        for (var k = length; k < AffixLengths; k++)
        {
            Prefixes[affixes + k] = 0;
        }

        var suffix = basis;
        for (var a = 1; a <= AffixLengths; a++)
        {
            if (a <= length)
            {
                suffix = (suffix ^ lower[length - a]) * prime;
                Suffixes[affixes + a - 1] = FeatureHash.Mix(suffix);
            }
            else
            {
                Suffixes[affixes + a - 1] = 0;
            }
        }

        Word[i] = FeatureHash.Mix(written);
        Lower[i] = FeatureHash.Mix(folded);
        Shape[i] = FeatureHash.Mix(shape);
        ShortShape[i] = FeatureHash.Mix(shortShape);

        // The cluster as WordClusters.Path finds it: as written, lower-cased, then capitalized.
        var path = _clusters.Path(Word[i]);
        if (path == 0 && length > 0)
        {
            path = _clusters.Path(hasDigit ? FeatureHash.Mix(plain) : Lower[i]);
            if (path == 0)
            {
                var capitalized = (basis ^ char.ToUpperInvariant(word[0])) * prime;
                for (var k = 1; k < length; k++)
                {
                    capitalized = (capitalized ^ char.ToLowerInvariant(word[k])) * prime;
                }

                path = _clusters.Path(FeatureHash.Mix(capitalized));
            }
        }

        Cluster[i] = path;
    }

    /// <summary>The first <paramref name="bits"/> bits of a cluster path (with its leading 1 bit), as <see cref="WordClusters.Prefix"/> computes them.</summary>
    internal static ulong ClusterPrefix(ulong path, int bits)
    {
        var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(path);
        return length <= bits ? path : path >> (length - bits);
    }
}
