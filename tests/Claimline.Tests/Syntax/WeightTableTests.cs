using Claimline.Syntax.Parsing;

namespace Claimline.Tests.Syntax;

/// <summary>
/// The parser's weight tables against a plain reference of their documented behaviour: linear probing from the key's
/// low bits, one slot at a time, until an empty slot or one whose check (the key's high bits) matches. The tables
/// compare several slots at once and mirror their first slots after the end; the scores must not change, including
/// for missing keys that share a present key's check (they read its weights) and for probes that wrap around.
/// </summary>
public class WeightTableTests
{
    [Theory]
    [InlineData(3, 200, false)]
    [InlineData(3, 5000, false)]
    [InlineData(2, 40, false)]
    [InlineData(57, 300, false)]
    [InlineData(57, 3000, false)]
    [InlineData(3, 40, true)]
    [InlineData(57, 40, true)]
    public void Scores_equal_one_slot_at_a_time_probing(int classes, int count, bool crowdTheEnd)
    {
        var random = new Random((classes * 7919) + count + (crowdTheEnd ? 1 : 0));
        var mask = Reference.CapacityFor(count) - 1;
        var keys = new ulong[count];
        var seen = new HashSet<ulong>();
        for (var i = 0; i < count; i++)
        {
            do
            {
                keys[i] = (ulong)random.NextInt64() | ((ulong)random.Next(2) << 63);
                if (crowdTheEnd)
                {
                    // Every home among the last four slots: most keys are placed after wrapping to the first slots.
                    keys[i] = (keys[i] & ~(ulong)(uint)mask) | (ulong)(uint)(mask - (i % 4));
                }
            }
            while (keys[i] == 0 || !seen.Add(keys[i]));
        }

        var weights = new short[count * classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (short)random.Next(-3000, 3000);
        }

        var table = new WeightTable(keys, weights, classes);
        var reference = new Reference(keys, weights, classes);
        var queries = Queries(keys, reference.Mask, random, classes);
        for (var start = 0; start + 20 <= queries.Count; start += 20)
        {
            var batch = queries.GetRange(start, 20).ToArray();
            var scores = new int[table.Stride];
            table.Score(batch, scores);
            Assert.Equal(reference.Score(batch), scores[..classes]);
        }
    }

    /// <summary>
    /// Present keys, random missing keys, missing keys with a present key's home and check (a false match the table
    /// accepts) or home alone, and keys whose home is one of the last slots, so that probing wraps to the first.
    /// </summary>
    private static List<ulong> Queries(ulong[] keys, int mask, Random random, int classes)
    {
        var checkBits = classes <= 3 ? 48 : 32;
        var queries = new List<ulong>(keys);
        for (var i = 0; i < keys.Length; i++)
        {
            queries.Add((ulong)random.NextInt64());
            var home = keys[i] & (ulong)mask;
            var check = keys[i] >> checkBits << checkBits;
            var unsignedMask = (ulong)(uint)mask;
            var middle = (ulong)(uint)random.Next(1, 1000) * (unsignedMask + 1) & ((1UL << checkBits) - 1) & ~unsignedMask;
            queries.Add(check | home | middle);
            queries.Add(((ulong)random.NextInt64() << checkBits) | home);
            queries.Add(((ulong)random.NextInt64() & ~unsignedMask) | (ulong)(uint)(mask - random.Next(0, 4)));
        }

        while (queries.Count % 20 != 0)
        {
            queries.Add(1);
        }

        return queries;
    }

    /// <summary>The documented table, one slot per probe, with the same capacity rule (at most 70% full).</summary>
    private sealed class Reference
    {
        private readonly (ulong Check, int Row)[] _slots;
        private readonly short[] _weights;
        private readonly int _classes;
        private readonly int _checkBits;

        public Reference(ulong[] keys, short[] weights, int classes)
        {
            var capacity = CapacityFor(keys.Length);
            Mask = capacity - 1;
            _slots = new (ulong, int)[capacity];
            _weights = weights;
            _classes = classes;
            _checkBits = classes <= 3 ? 48 : 32;
            for (var row = 0; row < keys.Length; row++)
            {
                var slot = (int)keys[row] & Mask;
                while (_slots[slot].Check != 0)
                {
                    slot = (slot + 1) & Mask;
                }

                _slots[slot] = (CheckOf(keys[row]), row);
            }
        }

        public int Mask { get; }

        public static int CapacityFor(int count)
        {
            var capacity = 16;
            while (capacity * 7 < count * 10)
            {
                capacity *= 2;
            }

            return capacity;
        }

        public int[] Score(ulong[] keys)
        {
            var scores = new int[_classes];
            foreach (var key in keys)
            {
                var check = CheckOf(key);
                for (var slot = (int)key & Mask; _slots[slot].Check != 0; slot = (slot + 1) & Mask)
                {
                    if (_slots[slot].Check == check)
                    {
                        for (var c = 0; c < _classes; c++)
                        {
                            scores[c] += _weights[(_slots[slot].Row * _classes) + c];
                        }

                        break;
                    }
                }
            }

            return scores;
        }

        /// <summary>The key's high bits (16 for up to 3 classes, else 32), 1 where they are 0.</summary>
        private ulong CheckOf(ulong key) => key >> _checkBits is var high && high != 0 ? high : 1;
    }
}
