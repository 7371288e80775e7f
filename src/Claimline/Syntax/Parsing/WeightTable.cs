using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// The weights of one classifier for fast look-up: one open-addressing array of 64-bit feature keys (0 marks an empty
/// slot, at most half full, linear probing) and one flat float array holding each slot's class weights side by side,
/// padded to a whole number of <see cref="Vector{T}"/> lanes so a feature's row is added with vector adds (design §5).
/// Immutable; shared by all threads.
/// </summary>
public sealed class WeightTable
{
    private readonly ulong[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    /// <summary>Builds the table from rows: <paramref name="weights"/> holds <paramref name="classes"/> floats per key.</summary>
    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int classes)
    {
        Classes = classes;
        Stride = classes <= 4 ? 4 : (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _weights = new float[(long)capacity * Stride];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)(keys[row] & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[row];
            weights.Slice(row * classes, classes).CopyTo(_weights.AsSpan(slot * Stride, classes));
        }

        Count = keys.Length;
    }

    public int Classes { get; }

    /// <summary>Floats per slot: <see cref="Classes"/> rounded up to whole vectors (4 for up to 4 classes).</summary>
    public int Stride { get; }

    /// <summary>Number of features.</summary>
    public int Count { get; }

    /// <summary>Memory held by the arrays.</summary>
    public long Bytes => (_keys.LongLength * sizeof(ulong)) + (_weights.LongLength * sizeof(float));

    /// <summary>Adds the rows of <paramref name="keys"/> to <paramref name="scores"/> (at least <see cref="Stride"/> long, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        ref var weights = ref MemoryMarshal.GetArrayDataReference(_weights);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_keys);
        ref var sum = ref MemoryMarshal.GetReference(scores);
        var stride = Stride;
        foreach (var key in keys)
        {
            var slot = (int)(key & (ulong)_mask);
            ulong found;
            while ((found = Unsafe.Add(ref table, slot)) != key)
            {
                if (found == 0)
                {
                    goto next;
                }

                slot = (slot + 1) & _mask;
            }

            ref var row = ref Unsafe.Add(ref weights, (nint)slot * stride);
            if (stride == 4)
            {
                Unsafe.Add(ref sum, 0) += Unsafe.Add(ref row, 0);
                Unsafe.Add(ref sum, 1) += Unsafe.Add(ref row, 1);
                Unsafe.Add(ref sum, 2) += Unsafe.Add(ref row, 2);
                Unsafe.Add(ref sum, 3) += Unsafe.Add(ref row, 3);
            }
            else
            {
                for (var i = 0; i < stride; i += Vector<float>.Count)
                {
                    var v = Vector.LoadUnsafe(ref Unsafe.Add(ref sum, i)) + Vector.LoadUnsafe(ref Unsafe.Add(ref row, i));
                    v.StoreUnsafe(ref Unsafe.Add(ref sum, i));
                }
            }

        next:;
        }
    }
}
