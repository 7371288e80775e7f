using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// The weights of one classifier laid out for fast look-up (design §5): an open-addressing table (linear probing, at
/// most 70% full) indexed by a feature key's low bits and checked by its high 32 bits. With up to 3 classes a slot is
/// 16 bytes, the check and the three weights, so a look-up touches one cache line; with more, a slot holds the check
/// and a row number, and rows are flat floats, padded to whole <see cref="Vector{T}"/>s and added with vector adds.
/// Two different keys with the same low and high bits would share weights; at 2^-32 per pair that is ignored.
/// Immutable; shared by all threads.
/// </summary>
public sealed class WeightTable
{
    private const int InlineClasses = 3;

    private readonly uint[] _inline = [];
    private readonly ulong[] _slots = [];
    private readonly float[] _rows = [];
    private readonly int _mask;

    /// <summary>Builds the table from rows: <paramref name="weights"/> holds <paramref name="classes"/> floats per key (keys distinct).</summary>
    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int classes)
    {
        Classes = classes;
        Count = keys.Length;
        var capacity = 16;
        while (capacity * 7 < keys.Length * 10)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        if (classes <= InlineClasses)
        {
            Stride = 4;
            _inline = new uint[capacity * 4];
            var floats = MemoryMarshal.Cast<uint, float>(_inline.AsSpan());
            for (var row = 0; row < keys.Length; row++)
            {
                var slot = Find(keys[row]);
                _inline[slot * 4] = Check(keys[row]);
                weights.Slice(row * classes, classes).CopyTo(floats.Slice((slot * 4) + 1, classes));
            }

            return;
        }

        Stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _slots = new ulong[capacity];
        _rows = new float[(long)keys.Length * Stride];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = Find(keys[row]);
            _slots[slot] = ((ulong)Check(keys[row]) << 32) | (uint)row;
            weights.Slice(row * classes, classes).CopyTo(_rows.AsSpan(row * Stride, classes));
        }
    }

    public int Classes { get; }

    /// <summary>How many scores <see cref="Score"/> writes: 4 for up to 3 classes, else <see cref="Classes"/> rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>Number of features.</summary>
    public int Count { get; }

    /// <summary>Memory held by the arrays.</summary>
    public long Bytes => (_inline.LongLength * sizeof(uint)) + (_slots.LongLength * sizeof(ulong)) + (_rows.LongLength * sizeof(float));

    /// <summary>Adds the weights of <paramref name="keys"/> to <paramref name="scores"/> (at least <see cref="Stride"/> long, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        if (Classes <= InlineClasses)
        {
            ScoreInline(keys, scores);
            return;
        }

        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var sum = ref MemoryMarshal.GetReference(scores);
        var stride = Stride;
        foreach (var key in keys)
        {
            var slot = (int)key & _mask;
            var check = Check(key);
            ulong found;
            while ((found = Unsafe.Add(ref slots, slot)) != 0)
            {
                if ((uint)(found >> 32) == check)
                {
                    ref var row = ref Unsafe.Add(ref rows, (nint)(uint)found * stride);
                    for (var i = 0; i < stride; i += Vector<float>.Count)
                    {
                        (Vector.LoadUnsafe(ref Unsafe.Add(ref sum, i)) + Vector.LoadUnsafe(ref Unsafe.Add(ref row, i))).StoreUnsafe(ref Unsafe.Add(ref sum, i));
                    }

                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    private void ScoreInline(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_inline);
        float a = 0, b = 0, c = 0;
        foreach (var key in keys)
        {
            var slot = (int)key & _mask;
            var check = Check(key);
            uint found;
            while ((found = Unsafe.Add(ref table, slot * 4)) != 0)
            {
                if (found == check)
                {
                    ref var w = ref Unsafe.As<uint, float>(ref Unsafe.Add(ref table, (slot * 4) + 1));
                    a += w;
                    b += Unsafe.Add(ref w, 1);
                    c += Unsafe.Add(ref w, 2);
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        scores[0] += a;
        scores[1] += b;
        scores[2] += c;
    }

    private int Find(ulong key)
    {
        var slot = (int)key & _mask;
        while (Classes <= InlineClasses ? _inline[slot * 4] != 0 : _slots[slot] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Check(ulong key) => (uint)(key >> 32) is var high && high != 0 ? high : 1;
}
