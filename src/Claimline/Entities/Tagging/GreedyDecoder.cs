namespace Claimline.Entities.Tagging;

/// <summary>
/// The choice at one step of left-to-right decoding: the highest-scoring label. The choice is not constrained to
/// well-formed BILOU sequences: with hard constraints one wrong B- forces the tagger to keep a name open over the
/// following tokens (<c>J. Ratcliffe 63</c>), which cost 0.5 F1 on CoNLL dev; <see cref="BilouLabels.Decode"/> reads
/// ill-formed sequences leniently instead.
/// </summary>
public static class GreedyDecoder
{
    public static int Best(ReadOnlySpan<float> scores)
    {
        var best = 0;
        var bestScore = scores[0];
        for (var label = 1; label < scores.Length; label++)
        {
            if (scores[label] > bestScore)
            {
                best = label;
                bestScore = scores[label];
            }
        }

        return best;
    }

    /// <summary>The softmax probability of <paramref name="chosen"/> among all labels.</summary>
    public static float Probability(ReadOnlySpan<float> scores, int chosen)
    {
        var top = scores[chosen];
        double sum = 0;
        foreach (var score in scores)
        {
            sum += Math.Exp(score - top);
        }

        return (float)(1 / sum);
    }
}
