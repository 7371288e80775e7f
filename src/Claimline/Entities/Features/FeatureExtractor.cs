using System.Runtime.CompilerServices;
using Claimline.Entities.Tagging;
using T = Claimline.Entities.Features.FeatureTemplate;

namespace Claimline.Entities.Features;

/// <summary>
/// The features of one token position, as 64-bit hashes: word identity (as is and lower-cased) at −2…+2, shapes and
/// short shapes, prefixes and suffixes of 1–4 characters, word and shape bigrams, sentence-initial and all-capitals
/// context, the previous one and two predicted labels with their conjunctions, gazetteer matches with their BILOU
/// position, the document history of the word, Brown cluster prefixes of the word and its neighbours, and organization
/// designators (<see cref="NerFeatureGroups"/>). Stateless; works over plain token strings, so CoNLL training
/// data and Claimline's tokens share it.
/// </summary>
public static class FeatureExtractor
{
    /// <summary>An upper bound on the number of features of one position.</summary>
    public const int MaxFeatures = 128;

    /// <summary>Features versioning: stored in the model manifest; bump on any change to the templates or their values.</summary>
    public const string Version = "ner-features/2";

    private const ulong Before = 0xB0B0_B0B0_0000_0001UL;
    private const ulong After = 0xE0E0_E0E0_0000_0002UL;

    /// <summary>Writes the features of position <paramref name="i"/> into <paramref name="output"/> and returns how many.</summary>
    /// <param name="sentence">The prepared sentence.</param>
    /// <param name="i">The token position.</param>
    /// <param name="previous">The label predicted for token i−1 (O at the start).</param>
    /// <param name="previous2">The label predicted for token i−2 (O at the start).</param>
    /// <param name="history">How words were tagged earlier in the document, or null for none.</param>
    /// <param name="output">At least <see cref="MaxFeatures"/> long.</param>
    /// <param name="groups">The optional groups to extract (training leaves groups out to measure them; tagging takes all).</param>
    public static int Extract(SentenceFeatures sentence, int i, int previous, int previous2, DocumentHistory? history, Span<ulong> output, NerFeatureGroups groups = NerFeatureGroups.All)
    {
        var n = 0;
        var count = sentence.Count;
        var lower = sentence.Lower;
        var shape = sentence.Shape;
        var shortShape = sentence.ShortShape;

        var lowerM2 = i >= 2 ? lower[i - 2] : Before;
        var lowerM1 = i >= 1 ? lower[i - 1] : Before;
        var lower0 = lower[i];
        var lowerP1 = i + 1 < count ? lower[i + 1] : After;
        var lowerP2 = i + 2 < count ? lower[i + 2] : After;
        var shapeM1 = i >= 1 ? shape[i - 1] : Before;
        var shape0 = shape[i];
        var shapeP1 = i + 1 < count ? shape[i + 1] : After;

        output[n++] = F(T.Bias, 0);
        output[n++] = F(T.Word, sentence.Word[i]);
        output[n++] = F(T.LowerMinus2, lowerM2);
        output[n++] = F(T.LowerMinus1, lowerM1);
        output[n++] = F(T.Lower, lower0);
        output[n++] = F(T.LowerPlus1, lowerP1);
        output[n++] = F(T.LowerPlus2, lowerP2);
        output[n++] = F(T.ShapeMinus2, i >= 2 ? shape[i - 2] : Before);
        output[n++] = F(T.ShapeMinus1, shapeM1);
        output[n++] = F(T.Shape, shape0);
        output[n++] = F(T.ShapePlus1, shapeP1);
        output[n++] = F(T.ShapePlus2, i + 2 < count ? shape[i + 2] : After);
        output[n++] = F(T.ShortShapeMinus1, i >= 1 ? shortShape[i - 1] : Before);
        output[n++] = F(T.ShortShape, shortShape[i]);
        output[n++] = F(T.ShortShapePlus1, i + 1 < count ? shortShape[i + 1] : After);
        for (var a = 0; a < SentenceFeatures.AffixLengths; a++)
        {
            var prefix = sentence.Prefixes[(i * SentenceFeatures.AffixLengths) + a];
            if (prefix == 0)
            {
                break;
            }

            output[n++] = F(T.Prefix, FeatureHash.Combine((ulong)a, prefix));
            output[n++] = F(T.Suffix, FeatureHash.Combine((ulong)a, sentence.Suffixes[(i * SentenceFeatures.AffixLengths) + a]));
        }

        if (i >= 1 && sentence.Suffixes[((i - 1) * SentenceFeatures.AffixLengths) + 2] is var suffixM1 and not 0)
        {
            output[n++] = F(T.SuffixMinus1, suffixM1);
        }

        if (i + 1 < count && sentence.Suffixes[((i + 1) * SentenceFeatures.AffixLengths) + 2] is var suffixP1 and not 0)
        {
            output[n++] = F(T.SuffixPlus1, suffixP1);
        }

        output[n++] = F(T.LowerBigramLeft, FeatureHash.Combine(lowerM1, lower0));
        output[n++] = F(T.LowerBigramRight, FeatureHash.Combine(lower0, lowerP1));
        output[n++] = F(T.ShapeBigramLeft, FeatureHash.Combine(shapeM1, shape0));
        output[n++] = F(T.ShapeBigramRight, FeatureHash.Combine(shape0, shapeP1));
        if (i == 0)
        {
            output[n++] = F(T.SentenceStartShape, shortShape[i]);
        }

        if (sentence.UpperSentence)
        {
            output[n++] = F(T.UpperSentenceShape, shortShape[i]);
        }

        output[n++] = F(T.PreviousLabel, (ulong)previous);
        output[n++] = F(T.PreviousTwoLabels, (ulong)((uint)previous2 << 8 | (uint)previous));
        output[n++] = F(T.PreviousLabelLower, FeatureHash.Combine((ulong)previous, lower0));
        output[n++] = F(T.PreviousLabelShape, FeatureHash.Combine((ulong)previous, shape0));

        n = Gazetteer(sentence.Gazetteer[i], T.Gazetteer, output, n, shortShape[i]);
        if (i >= 1)
        {
            n = Categories(sentence.Gazetteer[i - 1], T.GazetteerMinus1, output, n);
        }

        if (i + 1 < count)
        {
            n = Categories(sentence.Gazetteer[i + 1], T.GazetteerPlus1, output, n);
        }

        output[n++] = F(T.LowerShortShapePlus1, FeatureHash.Combine(lower0, i + 1 < count ? shortShape[i + 1] : After));
        output[n++] = F(T.LowerMinus1ShortShape, FeatureHash.Combine(lowerM1, shortShape[i]));

        if (history is not null)
        {
            if (sentence.Capitalized[i])
            {
                var counts = history.Lookup(sentence.LowerExact[i]);
                for (var outcome = 0; outcome < DocumentHistory.Outcomes; outcome++)
                {
                    if (counts[outcome] > 0)
                    {
                        output[n++] = F(T.HistoryType, (ulong)outcome);
                    }
                }

                if (Majority(counts) is var best and >= 0)
                {
                    output[n++] = F(T.HistoryMajority, (ulong)best);
                }
            }

            if (i >= 1 && sentence.Capitalized[i - 1] && Majority(history.Lookup(sentence.LowerExact[i - 1])) is var left and >= 0)
            {
                output[n++] = F(T.HistoryMajorityMinus1, (ulong)left);
            }

            if (i + 1 < count && sentence.Capitalized[i + 1] && Majority(history.Lookup(sentence.LowerExact[i + 1])) is var right and >= 0)
            {
                output[n++] = F(T.HistoryMajorityPlus1, (ulong)right);
            }
        }

        if ((groups & NerFeatureGroups.Clusters) != 0)
        {
            n = ClusterFeatures(sentence, i, output, n);
        }

        if ((groups & NerFeatureGroups.Designators) != 0)
        {
            n = DesignatorFeatures(sentence, i, output, n);
        }

        return n;
    }

    /// <summary>
    /// Brown cluster prefixes (Ratinov and Roth 2009): 4, 6, 10 and 20 bits of the word and its neighbours at ±1, 4 and
    /// 6 bits at ±2. Clusters group words by the contexts they occur in over 43M words of news, so a name the training
    /// data never saw can share a class with many it did (a company word, a surname, a town).
    /// </summary>
    private static int ClusterFeatures(SentenceFeatures sentence, int i, Span<ulong> output, int n)
    {
        var count = sentence.Count;
        var cluster = sentence.Cluster;
        if (cluster[i] == 0)
        {
            output[n++] = F(T.ClusterUnknown, 0);
        }
        else
        {
            n = Clusters(T.Cluster, cluster[i], 4, output, n);
        }

        n = i >= 1 ? Clusters(T.ClusterMinus1, cluster[i - 1], 4, output, n) : n;
        n = i + 1 < count ? Clusters(T.ClusterPlus1, cluster[i + 1], 4, output, n) : n;
        n = i >= 2 ? Clusters(T.ClusterMinus2, cluster[i - 2], 2, output, n) : n;
        n = i + 2 < count ? Clusters(T.ClusterPlus2, cluster[i + 2], 2, output, n) : n;
        return n;
    }

    /// <summary>The first <paramref name="lengths"/> of the prefixes of <see cref="ClusterLengths"/> of a known word's path.</summary>
    private static int Clusters(T template, ulong path, int lengths, Span<ulong> output, int n)
    {
        if (path == 0)
        {
            return n;
        }

        for (var k = 0; k < lengths; k++)
        {
            output[n++] = F(template, ClusterPrefix(path, ClusterLengths[k]));
        }

        return n;
    }

    /// <summary>The cluster prefix lengths in bits (Turian et al. 2010; the POS tagger uses the same).</summary>
    private static ReadOnlySpan<int> ClusterLengths => [4, 6, 10, 20];

    /// <summary>The first <paramref name="bits"/> bits of a path with its leading 1 bit.</summary>
    private static ulong ClusterPrefix(ulong path, int bits)
    {
        var length = 63 - System.Numerics.BitOperations.LeadingZeroCount(path);
        return length <= bits ? path : path >> (length - bits);
    }

    /// <summary>
    /// Organization designators (<c>Gazetteers/org-designators.txt</c>): the word is one, the next word is one (for a
    /// capitalized word), or the word is in a capitalized run that ends in one, told apart by whether it opens the run.
    /// </summary>
    private static int DesignatorFeatures(SentenceFeatures sentence, int i, Span<ulong> output, int n)
    {
        if (sentence.Designator[i])
        {
            output[n++] = F(T.Designator, sentence.Capitalized[i] ? 1UL : 0UL);
        }

        if (i + 1 < sentence.Count && sentence.Designator[i + 1] && sentence.Capitalized[i])
        {
            output[n++] = F(T.DesignatorPlus1, 0);
        }

        if (sentence.InDesignatedRun[i])
        {
            var opens = i == 0 || !sentence.InDesignatedRun[i - 1];
            output[n++] = F(T.DesignatedRun, opens ? 1UL : 0UL);
        }

        return n;
    }

    /// <summary>The most frequent outcome in the history counts (the first on a tie), or -1 when there are none.</summary>
    private static int Majority(DocumentHistory.Counts counts)
    {
        var best = -1;
        var bestCount = 0;
        for (var outcome = 0; outcome < DocumentHistory.Outcomes; outcome++)
        {
            if (counts[outcome] > bestCount)
            {
                (best, bestCount) = (outcome, counts[outcome]);
            }
        }

        return best;
    }

    /// <summary>The history outcome of a label: 0 for O, 1 + type index for a name.</summary>
    public static int Outcome(int label) => label == BilouLabels.Outside ? 0 : 1 + BilouLabels.TypeOf(label);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong F(T template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static int Gazetteer(uint marks, T template, Span<ulong> output, int n, ulong shortShape)
    {
        while (marks != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(marks);
            marks &= marks - 1;
            output[n++] = F(template, (ulong)bit);
            output[n++] = F(T.GazetteerShortShape, FeatureHash.Combine((ulong)bit, shortShape));
        }

        return n;
    }

    private static int Categories(uint marks, T template, Span<ulong> output, int n)
    {
        // Any position of a category at a neighbour: one feature per category.
        for (var category = 0; category < 8 && marks != 0; category++, marks >>= 4)
        {
            if ((marks & 0xF) != 0)
            {
                output[n++] = F(template, (ulong)category);
            }
        }

        return n;
    }
}
