using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Claimline.Learning;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// The weights of one classifier laid out for fast look-up (design §5), as the 16-bit integers the model file stores
/// (scores are sums of integers; one scale per table would not change which class wins, so none is applied). An
/// open-addressing table (linear probing, at most 70% full) is indexed by a feature key's low bits and checked by its
/// high bits. With up to 3 classes a slot is 8 bytes, a 16-bit check and the three weights, so a look-up touches one
/// cache line and the table stays small enough for the cache; with more, a slot holds a 32-bit check and a row number,
/// and rows are flat, padded to whole <see cref="Vector{T}"/>s and added with widening vector adds (sparse rows of
/// (class, weight) entries took 35% less memory but parsed no faster: docs/syntax.md). A missing
/// feature whose bits match a present one's check (2^-16 per probe for the moves, 2^-32 for relations) reads its
/// weights; that noise is measured in docs/syntax.md. Immutable; shared by all threads.
/// </summary>
public sealed class WeightTable
{
    private const int InlineClasses = 3;

    /// <summary>Slots compared at once by <see cref="Find"/>.</summary>
    private const int Probe = 4;

    /// <summary>Keys per call whose rows are gathered on the stack (the relation features fit).</summary>
    private const int KeyBuffer = 64;

    private readonly ulong[] _inline = [];
    private readonly ulong[] _slots = [];
    private readonly short[] _rows = [];
    private readonly int _mask;

    /// <summary>Builds the table from rows: <paramref name="weights"/> holds <paramref name="classes"/> integers per key (keys distinct).</summary>
    public WeightTable(ReadOnlySpan<ulong> keys, ReadOnlySpan<short> weights, int classes)
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
            _inline = new ulong[capacity + Probe - 1];
            for (var row = 0; row < keys.Length; row++)
            {
                var slot = (int)keys[row] & _mask;
                while (_inline[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                ulong packed = InlineCheck(keys[row]);
                for (var c = 0; c < classes; c++)
                {
                    packed |= (ulong)(ushort)weights[(row * classes) + c] << (16 * (c + 1));
                }

                _inline[slot] = packed;
            }

            Mirror(_inline, capacity);
            return;
        }

        Stride = (classes + Vector<short>.Count - 1) / Vector<short>.Count * Vector<short>.Count;
        _slots = new ulong[capacity + Probe - 1];

        // Row 0 is all zeros and an empty slot (0) points at it, so a key that is not there adds nothing without a branch.
        _rows = new short[(long)(keys.Length + 1) * Stride];
        for (var row = 0; row < keys.Length; row++)
        {
            var slot = (int)keys[row] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = ((ulong)RowCheck(keys[row]) << 32) | (uint)(row + 1);
            weights.Slice(row * classes, classes).CopyTo(_rows.AsSpan((row + 1) * Stride, classes));
        }

        Mirror(_slots, capacity);
    }

    public int Classes { get; }

    /// <summary>How many scores <see cref="Score"/> writes: 4 for up to 3 classes, else <see cref="Classes"/> rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>Number of features.</summary>
    public int Count { get; }

    /// <summary>Memory held by the arrays.</summary>
    public long Bytes => (_inline.LongLength * sizeof(ulong)) + (_slots.LongLength * sizeof(ulong)) + (_rows.LongLength * sizeof(short));

    /// <summary>A table of float weights stored as 16-bit integers (one scale for the table, <see cref="WeightQuantizer"/>).</summary>
    public static WeightTable FromFloats(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> weights, int classes)
    {
        var scale = WeightQuantizer.Scale(weights, 16);
        var integers = new short[weights.Length];
        for (var i = 0; i < integers.Length; i++)
        {
            integers[i] = (short)WeightQuantizer.Quantize(weights[i], scale);
        }

        return new WeightTable(keys, integers, classes);
    }

    /// <summary>Adds the weights of <paramref name="keys"/> to <paramref name="scores"/> (at least <see cref="Stride"/> long, cleared by the caller).</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        if (Classes <= InlineClasses)
        {
            ScoreInline(keys, scores);
            return;
        }

        // First the row of every key (row 0, all zeros, for a key that is not there), then the rows added one vector
        // column at a time with the column's sums held in registers. The look-ups do not wait on each other, so their
        // cache misses overlap; integer sums do not depend on the order of adding, so the scores are the same.
        Span<int> found = keys.Length <= KeyBuffer ? stackalloc int[KeyBuffer] : new int[keys.Length];
        found = found[..keys.Length];
        ref var slots = ref MemoryMarshal.GetArrayDataReference(_slots);
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            found[k] = (int)(uint)Find(ref slots, (int)key & _mask, (ulong)RowCheck(key) << 32, ulong.MaxValue << 32);
        }

        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var sum = ref MemoryMarshal.GetReference(scores);
        var stride = Stride;
        var half = Vector<int>.Count;
        for (var i = 0; i < stride; i += Vector<short>.Count)
        {
            var low = Vector<int>.Zero;
            var high = Vector<int>.Zero;
            foreach (var row in found)
            {
                Vector.Widen(Vector.LoadUnsafe(ref Unsafe.Add(ref rows, ((nint)row * stride) + i)), out var l, out var h);
                low += l;
                high += h;
            }

            (Vector.LoadUnsafe(ref Unsafe.Add(ref sum, i)) + low).StoreUnsafe(ref Unsafe.Add(ref sum, i));
            (Vector.LoadUnsafe(ref Unsafe.Add(ref sum, i + half)) + high).StoreUnsafe(ref Unsafe.Add(ref sum, i + half));
        }
    }

    private void ScoreInline(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(_inline);

        // Touch every key's home slot first: a few instructions per key, so that many more cache misses are in flight
        // at once than the probing loop below allows (its loads then hit). The loaded values are folded into a sum
        // that is then dropped: the JIT keeps such loads (measured: parser 5-10% faster on EWT dev).
        ulong touched = 0;
        foreach (var key in keys)
        {
            touched |= Unsafe.Add(ref table, (int)key & _mask);
        }

        int a = touched == 0 ? 0 : 0, b = 0, c = 0;
        foreach (var key in keys)
        {
            // An empty slot holds 0 and so adds 0: no branch on whether the key was found.
            var found = Find(ref table, (int)key & _mask, InlineCheck(key), 0xFFFF);
            a += (short)(found >> 16);
            b += (short)(found >> 32);
            c += (short)(found >> 48);
        }

        scores[0] += a;
        scores[1] += b;
        scores[2] += c;
    }

    /// <summary>
    /// Linear probing from <paramref name="slot"/>: the first slot that is empty (0, returned) or whose bits under
    /// <paramref name="checkMask"/> equal <paramref name="check"/>'s. Four slots are compared at once (the table
    /// repeats its first slots after its end, so a window never wraps), which leaves one branch per look-up in the
    /// common case instead of one per probe.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Find(ref ulong table, int slot, ulong check, ulong checkMask)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var wanted = Vector256.Create(check & checkMask);
            var bits = Vector256.Create(checkMask);
            while (true)
            {
                var window = Vector256.LoadUnsafe(ref table, (nuint)slot);
                var stop = Vector256.Equals(window & bits, wanted) | Vector256.Equals(window, Vector256<ulong>.Zero);
                var first = stop.ExtractMostSignificantBits();
                if (first != 0)
                {
                    return Unsafe.Add(ref table, slot + BitOperations.TrailingZeroCount(first));
                }

                slot = (slot + Probe) & _mask;
            }
        }

        ulong found;
        while ((found = Unsafe.Add(ref table, slot)) != 0 && (found & checkMask) != (check & checkMask))
        {
            slot = (slot + 1) & _mask;
        }

        return found;
    }

    /// <summary>Copies the first slots after the end, so that a window of <see cref="Probe"/> slots read from any slot wraps around.</summary>
    private static void Mirror(ulong[] table, int capacity) => table.AsSpan(0, Probe - 1).CopyTo(table.AsSpan(capacity));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ushort InlineCheck(ulong key) => (ushort)(key >> 48) is var high && high != 0 ? high : (ushort)1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RowCheck(ulong key) => (uint)(key >> 32) is var high && high != 0 ? high : 1;
}
