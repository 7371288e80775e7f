namespace Claimline.Entities.Tagging;

/// <summary>The choice at one step of left-to-right decoding: the best label that may follow the previous one.</summary>
public static class GreedyDecoder
{
    /// <summary>
    /// The highest-scoring label allowed after <paramref name="previous"/>; at the last token of a sentence, only
    /// labels that close every name are allowed.
    /// </summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        var best = -1;
        var bestScore = float.NegativeInfinity;
        for (var label = 0; label < scores.Length; label++)
        {
            if (scores[label] > bestScore && BilouLabels.Allowed(previous, label) && (!last || BilouLabels.CanEnd(label)))
            {
                best = label;
                bestScore = scores[label];
            }
        }

        return best;
    }

    /// <summary>The softmax probability of <paramref name="chosen"/> among the labels allowed after <paramref name="previous"/>.</summary>
    public static float Probability(ReadOnlySpan<float> scores, int previous, bool last, int chosen)
    {
        var top = scores[chosen];
        double sum = 0;
        for (var label = 0; label < scores.Length; label++)
        {
            if (BilouLabels.Allowed(previous, label) && (!last || BilouLabels.CanEnd(label)))
            {
                sum += Math.Exp(scores[label] - top);
            }
        }

        return (float)(1 / sum);
    }
}
