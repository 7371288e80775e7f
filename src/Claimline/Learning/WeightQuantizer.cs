namespace Claimline.Learning;

/// <summary>
/// How weights are stored as 8- or 16-bit integers with one float scale per table (weight = integer × scale): the
/// largest absolute weight becomes the largest integer. The model files, the trainers' pruning and the quotes' packed
/// lookup table all use it, so a model read back from a file gets exactly the integers it was written with.
/// </summary>
internal static class WeightQuantizer
{
    /// <summary>The largest stored integer: 127 for 8 bits, 32,767 for 16.</summary>
    public static int Limit(int bits) => bits == 8 ? sbyte.MaxValue : short.MaxValue;

    public static float MaxAbs(ReadOnlySpan<float> weights)
    {
        var maxAbs = 0f;
        foreach (var w in weights)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(w));
        }

        return maxAbs;
    }

    /// <summary>The float value of one integer unit; 1 for a table of zeros.</summary>
    public static float Scale(ReadOnlySpan<float> weights, int bits)
    {
        var maxAbs = MaxAbs(weights);
        return maxAbs == 0 ? 1f : maxAbs / Limit(bits);
    }

    public static int Quantize(float weight, float scale) => (int)Math.Round(weight / scale);

    /// <summary>
    /// The rows (<paramref name="labels"/> weights each) with some weight that would not be stored as 0 in
    /// <paramref name="bits"/> bits, in their order.
    /// </summary>
    public static (ulong[] Keys, float[] Weights) NonZeroRows(ulong[] keys, float[] weights, int labels, int bits)
    {
        var threshold = MaxAbs(weights) / Limit(bits) / 2;
        var keptKeys = new List<ulong>();
        var keptWeights = new List<float>();
        for (var row = 0; row < keys.Length; row++)
        {
            var w = weights.AsSpan(row * labels, labels);
            var any = false;
            foreach (var x in w)
            {
                any |= Math.Abs(x) >= threshold;
            }

            if (any)
            {
                keptKeys.Add(keys[row]);
                keptWeights.AddRange(w);
            }
        }

        return ([.. keptKeys], [.. keptWeights]);
    }
}
