using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Claimline.Learning;

namespace Claimline.Quotes.Learning;

/// <summary>
/// The attribution taggers' weights laid out for lookup speed: an open-addressing table whose slot holds the feature
/// hash and its 16-bit weights side by side, so that scoring a feature reads one place in memory instead of three (key,
/// row, weights), and a feature the model lacks usually costs one read of an empty slot. The taggers look up some 35
/// features per token in tables of several megabytes, so these reads, not the arithmetic, set the stage's speed.
/// Weights are the model file's integers (weight = integer × <see cref="Scale"/>) and are summed as integers, which
/// picks the same best label as summing the floats, without rounding. Immutable; shared by all threads.
/// </summary>
internal sealed class PackedWeights
{
    private readonly ulong[] _slots;    // per slot: the key (0 = empty), then the label weights as shorts
    private readonly int _stride;       // ulongs per slot
    private readonly int _mask;

    /// <param name="weights">The model's rows.</param>
    /// <param name="minWeight">
    /// Rows whose largest absolute weight, in the file's 16-bit units, is below this are left out: they can hardly
    /// change a decision and would only make the table larger. 1 leaves out just the rows that are zero.
    /// </param>
    public PackedWeights(SparseWeights weights, int minWeight)
    {
        Labels = weights.Labels;
        var labels = Labels;

        // The same scale as the model file, so a model read from a file gets back exactly its integers.
        Scale = WeightQuantizer.Scale(weights.Weights, AttributionModelFile.Bits);
        var quantized = new short[weights.Weights.Length];
        var kept = new List<int>(weights.Keys.Length);
        for (var row = 0; row < weights.Keys.Length; row++)
        {
            var largest = 0;
            for (var l = 0; l < labels; l++)
            {
                var q = (short)WeightQuantizer.Quantize(weights.Weights[(row * labels) + l], Scale);
                quantized[(row * labels) + l] = q;
                largest = Math.Max(largest, Math.Abs((int)q));
            }

            if (largest >= minWeight && largest > 0)
            {
                kept.Add(row);
            }
        }

        FeatureCount = kept.Count;
        _stride = 1 + (((labels * sizeof(short)) + sizeof(ulong) - 1) / sizeof(ulong));
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, kept.Count * 2));
        _mask = capacity - 1;
        _slots = new ulong[capacity * _stride];
        var shorts = MemoryMarshal.Cast<ulong, short>(_slots.AsSpan());
        foreach (var row in kept)
        {
            var key = Key(weights.Keys[row]);
            var slot = (int)(key & (ulong)_mask);
            while (_slots[slot * _stride] != 0 && _slots[slot * _stride] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot * _stride] = key;
            quantized.AsSpan(row * labels, labels).CopyTo(shorts[(((slot * _stride) + 1) * 4)..]);
        }
    }

    public int Labels { get; }

    /// <summary>The rows kept in the table.</summary>
    public int FeatureCount { get; }

    /// <summary>The float value of one integer unit of weight.</summary>
    public float Scale { get; }

    /// <summary>Adds the integer weights of the known features among <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var labels = Labels;
        scores = scores[..labels];
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        foreach (var feature in features)
        {
            var key = Key(feature);
            var slot = (int)(key & (ulong)_mask);
            while (true)
            {
                ref var entry = ref Unsafe.Add(ref slots, slot * _stride);
                if (entry == key)
                {
                    ref var w = ref Unsafe.As<ulong, short>(ref Unsafe.Add(ref entry, 1));
                    for (var l = 0; l < labels; l++)
                    {
                        scores[l] += Unsafe.Add(ref w, l);
                    }

                    break;
                }

                if (entry == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>The first label with the highest score, as <see cref="Entities.Tagging.GreedyDecoder"/> picks it.</summary>
    public static int Best(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var label = 1; label < scores.Length; label++)
        {
            if (scores[label] > scores[best])
            {
                best = label;
            }
        }

        return best;
    }

    /// <summary>How far the score of <paramref name="label"/> stands above the best other label's.</summary>
    public static int Margin(ReadOnlySpan<int> scores, int label)
    {
        var other = int.MinValue;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != label && scores[l] > other)
            {
                other = scores[l];
            }
        }

        return other == int.MinValue ? 0 : scores[label] - other;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;
}
