using System.Runtime.CompilerServices;
using Claimline.Entities.Features;
using T = Claimline.Syntax.Tagging.PosFeatureTemplate;

namespace Claimline.Syntax.Tagging;

/// <summary>
/// The features of one token position for the part-of-speech tagger, as 64-bit hashes: the word as written and
/// lower-cased, prefixes and suffixes of 1–4 characters, word shape and short shape, the two previous predicted tags
/// (alone, paired, and the previous one with the word, the next word, the word's 3-suffix and its 6-bit cluster), the
/// words at −2…+2 and the 3-suffixes of the neighbours, the word with the next word's 6-bit cluster, the short shapes
/// of the neighbours, and Brown cluster prefixes (4, 6, 10, 20 bits) of the word and of its neighbours
/// at ±1 (±2: 4 and 6 bits). Stateless.
/// </summary>
public static class PosFeatureExtractor
{
    /// <summary>An upper bound on the number of features of one position.</summary>
    public const int MaxFeatures = 64;

    /// <summary>Features versioning: stored in the model file; bump on any change to the templates or their values.</summary>
    public const string Version = "pos-features/3";

    /// <summary>The previous-tag value before the sentence's first token (tags are 0…16).</summary>
    public const int Start = UposNames.Count;

    private const ulong Before = 0xB0B0_B0B0_0000_0001UL;
    private const ulong After = 0xE0E0_E0E0_0000_0002UL;

    /// <summary>Writes the features of position <paramref name="i"/> into <paramref name="output"/> and returns how many.</summary>
    /// <param name="s">The prepared sentence.</param>
    /// <param name="i">The token position.</param>
    /// <param name="previous">The tag (0-based label) predicted for token i−1; ignored at i = 0.</param>
    /// <param name="previous2">The tag predicted for token i−2; ignored at i &lt; 2.</param>
    /// <param name="output">At least <see cref="MaxFeatures"/> long.</param>
    public static int Extract(PosSentence s, int i, int previous, int previous2, Span<ulong> output)
    {
        var n = 0;
        var count = s.Count;
        var lower = s.Lower;
        var p1 = i >= 1 ? (ulong)previous : Start;
        var p2 = i >= 2 ? (ulong)previous2 : Start;
        var lower0 = lower[i];
        var lowerM1 = i >= 1 ? lower[i - 1] : Before;
        var lowerP1 = i + 1 < count ? lower[i + 1] : After;

        output[n++] = F(T.Bias, 0);
        output[n++] = F(T.Word, s.Word[i]);
        output[n++] = F(T.Lower, lower0);
        var affixes = i * PosSentence.AffixLengths;
        for (var a = 0; a < PosSentence.AffixLengths; a++)
        {
            var prefix = s.Prefixes[affixes + a];
            if (prefix == 0)
            {
                break;
            }

            output[n++] = F(T.Prefix, prefix + (ulong)a);
            output[n++] = F(T.Suffix, s.Suffixes[affixes + a] + (ulong)a);
        }

        output[n++] = F(T.Shape, s.Shape[i]);
        output[n++] = F(T.ShortShape, s.ShortShape[i]);
        output[n++] = F(T.PreviousTag, p1);
        output[n++] = F(T.PreviousTag2, p2);
        output[n++] = F(T.PreviousTags, (p2 << 8) | p1);
        output[n++] = F(T.PreviousTagLower, FeatureHash.Combine(p1, lower0));
        output[n++] = F(T.PreviousTagLowerPlus1, FeatureHash.Combine(p1, lowerP1));
        output[n++] = F(T.PreviousTagSuffix, FeatureHash.Combine(p1, s.Suffixes[affixes + 2]));
        output[n++] = F(T.PreviousTagCluster, FeatureHash.Combine(p1, PosSentence.ClusterPrefix(s.Cluster[i], 6)));
        output[n++] = F(T.ClusterPlus1Lower, FeatureHash.Combine(lower0, i + 1 < count ? PosSentence.ClusterPrefix(s.Cluster[i + 1], 6) : After));
        output[n++] = F(T.LowerMinus2, i >= 2 ? lower[i - 2] : Before);
        output[n++] = F(T.LowerMinus1, lowerM1);
        output[n++] = F(T.LowerPlus1, lowerP1);
        output[n++] = F(T.LowerPlus2, i + 2 < count ? lower[i + 2] : After);
        output[n++] = F(T.LowerBigramLeft, FeatureHash.Combine(lowerM1, lower0));
        output[n++] = F(T.LowerBigramRight, FeatureHash.Combine(lower0, lowerP1));
        output[n++] = F(T.ShortShapeMinus1, i >= 1 ? s.ShortShape[i - 1] : Before);
        output[n++] = F(T.ShortShapePlus1, i + 1 < count ? s.ShortShape[i + 1] : After);
        if (i >= 1 && s.Suffixes[((i - 1) * PosSentence.AffixLengths) + 2] is var suffixM1 and not 0)
        {
            output[n++] = F(T.SuffixMinus1, suffixM1);
        }

        if (i + 1 < count && s.Suffixes[((i + 1) * PosSentence.AffixLengths) + 2] is var suffixP1 and not 0)
        {
            output[n++] = F(T.SuffixPlus1, suffixP1);
        }

        var cluster = s.Cluster[i];
        if (cluster == 0)
        {
            output[n++] = F(T.UnknownCluster, 0);
        }
        else
        {
            n = Clusters(T.Cluster, cluster, 4, output, n);
        }

        n = i >= 1 ? Clusters(T.ClusterMinus1, s.Cluster[i - 1], 4, output, n) : n;
        n = i + 1 < count ? Clusters(T.ClusterPlus1, s.Cluster[i + 1], 4, output, n) : n;
        n = i >= 2 ? Clusters(T.ClusterMinus2, s.Cluster[i - 2], 2, output, n) : n;
        n = i + 2 < count ? Clusters(T.ClusterPlus2, s.Cluster[i + 2], 2, output, n) : n;
        return n;
    }

    /// <summary>The first <paramref name="lengths"/> of the cluster prefixes (<see cref="PosSentence.ClusterLengths"/>) of a known word.</summary>
    private static int Clusters(T template, ulong path, int lengths, Span<ulong> output, int n)
    {
        if (path == 0)
        {
            return n;
        }

        for (var k = 0; k < lengths; k++)
        {
            output[n++] = F(template, PosSentence.ClusterPrefix(path, PosSentence.ClusterLengths[k]));
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F(T template, ulong value) => FeatureHash.Combine((ulong)template, value);
}
