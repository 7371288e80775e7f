using System.Numerics;
using System.Runtime.CompilerServices;

namespace Claimline.Entities.Tagging;

/// <summary>
/// The weights of a linear model over hashed features: one row of <see cref="Labels"/> weights per known feature,
/// found through an open-addressing table keyed by the 64-bit feature hash. Immutable after construction and shared by
/// all threads.
/// </summary>
public sealed class PerceptronModel
{
    // Key and row side by side: one cache line read per probe instead of two. A key of 0 marks an empty slot; a real
    // key of 0 is remapped to 1.
    private readonly Slot[] _slots;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <param name="labels">Number of labels (columns).</param>
    /// <param name="features">The feature hashes, one per row.</param>
    /// <param name="weights">Row-major weights, <c>features.Length × labels</c>.</param>
    public PerceptronModel(int labels, ReadOnlySpan<ulong> features, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != features.Length * labels)
        {
            throw new ArgumentException($"expected {features.Length * labels} weights, found {weights.Length}", nameof(weights));
        }

        Labels = labels;
        FeatureCount = features.Length;
        _weights = weights;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, features.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (var row = 0; row < features.Length; row++)
        {
            var key = Key(features[row]);
            var slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0 && _slots[slot].Key != key)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(key, row);
        }
    }

    public int Labels { get; }

    public int FeatureCount { get; }

    /// <summary>Adds the rows of the known features among <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var labels = Labels;
        scores = scores[..labels];
        foreach (var feature in features)
        {
            var row = Row(feature);
            if (row < 0)
            {
                continue;
            }

            // Vector lanes add label by label in the same order as the scalar loop: the same sums, bit for bit.
            var weights = _weights.AsSpan(row * labels, labels);
            var l = 0;
            for (; l <= labels - Vector<float>.Count; l += Vector<float>.Count)
            {
                (new Vector<float>(scores[l..]) + new Vector<float>(weights[l..])).CopyTo(scores[l..]);
            }

            for (; l < labels; l++)
            {
                scores[l] += weights[l];
            }
        }
    }

    /// <summary>The row of a feature, or -1 when the model does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong feature)
    {
        var key = Key(feature);
        var slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Key == key)
            {
                return entry.Row;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The weight of a feature for a label (0 when unknown), for tests and inspection.</summary>
    public float Weight(ulong feature, int label) => Row(feature) is var row and >= 0 ? _weights[(row * Labels) + label] : 0;

    private readonly record struct Slot(ulong Key, int Row);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;
}
