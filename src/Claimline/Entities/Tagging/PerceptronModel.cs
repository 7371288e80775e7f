using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>Features per call whose rows are gathered on the stack (every feature extractor's fit).</summary>
    private const int RowBuffer = 128;

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

        // Touch every feature's home slot first, so that their cache misses overlap (the look-ups below then hit),
        // then find the known features' rows, then add the rows column by column with the sums in registers.
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ulong touched = 0;
        foreach (var feature in features)
        {
            touched |= Unsafe.Add(ref slots, (int)(Key(feature) & (ulong)_mask)).Key;
        }

        Span<int> rows = features.Length <= RowBuffer ? stackalloc int[RowBuffer] : new int[features.Length];
        var count = touched == 0 ? 0 : 0;
        foreach (var feature in features)
        {
            var row = Row(feature);
            rows[count] = row;
            count += row >= 0 ? 1 : 0;
        }

        rows = rows[..count];

        // Each label's sum still adds its weights in feature order, starting from the score given: the same floats,
        // bit for bit, as adding row after row.
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        var l = 0;
        for (; l <= labels - Vector<float>.Count; l += Vector<float>.Count)
        {
            var sum = new Vector<float>(scores[l..]);
            foreach (var row in rows)
            {
                sum += Vector.LoadUnsafe(ref weights, (nuint)((row * labels) + l));
            }

            sum.CopyTo(scores[l..]);
        }

        for (; l < labels; l++)
        {
            var sum = scores[l];
            foreach (var row in rows)
            {
                sum += Unsafe.Add(ref weights, (row * labels) + l);
            }

            scores[l] = sum;
        }
    }

    /// <summary>The row of a feature, or -1 when the model does not know it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong feature)
    {
        var key = Key(feature);
        var slot = (int)(key & (ulong)_mask);
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);

        // One branch per probe (the key, or an empty slot, ends it), not two.
        ulong found;
        while (((found = Unsafe.Add(ref slots, slot).Key) != key) & (found != 0))
        {
            slot = (slot + 1) & _mask;
        }

        return found == key ? Unsafe.Add(ref slots, slot).Row : -1;
    }

    /// <summary>The weight of a feature for a label (0 when unknown), for tests and inspection.</summary>
    public float Weight(ulong feature, int label) => Row(feature) is var row and >= 0 ? _weights[(row * Labels) + label] : 0;

    private readonly record struct Slot(ulong Key, int Row);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(ulong feature) => feature == 0 ? 1 : feature;
}
