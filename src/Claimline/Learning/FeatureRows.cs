using System.Runtime.InteropServices;

namespace Claimline.Learning;

/// <summary>
/// The features a perceptron gives weights to, each with its row: those seen often enough in the training data with
/// gold previous labels, numbered in first-seen order so that the same data gives the same rows.
/// </summary>
internal sealed class FeatureRows
{
    private readonly Dictionary<ulong, int> _rows = [];

    private FeatureRows(List<ulong> keys)
    {
        foreach (var key in keys)
        {
            _rows.Add(key, _rows.Count);
        }

        Keys = [.. keys];
    }

    /// <summary>The feature of each row.</summary>
    public ulong[] Keys { get; }

    public int Count => Keys.Length;

    /// <summary>Counts every feature of <paramref name="set"/> and keeps those seen at least <paramref name="minCount"/> times.</summary>
    public static FeatureRows Seen(SequenceSet set, int minCount)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        Span<ulong> features = stackalloc ulong[set.MaxFeatures];
        var gold = new int[256];
        for (var b = 0; b < set.BlockCount; b++)
        {
            set.BeginBlock();
            var (start, end) = set.Block(b);
            for (var k = start; k < end; k++)
            {
                var length = set.Open(k);
                if (gold.Length < length)
                {
                    gold = new int[length * 2];
                }

                for (var i = 0; i < length; i++)
                {
                    gold[i] = set.Gold(i);
                }

                for (var i = 0; i < length; i++)
                {
                    var previous = i >= 1 ? gold[i - 1] : 0;
                    if (set.Forced(i, previous) >= 0)
                    {
                        continue;
                    }

                    var n = set.Features(i, previous, i >= 2 ? gold[i - 2] : 0, features);
                    foreach (var feature in features[..n])
                    {
                        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, feature, out var exists);
                        if (!exists)
                        {
                            order.Add(feature);
                        }

                        count++;
                    }
                }

                set.Labeled(gold.AsSpan(0, length));
            }
        }

        return new FeatureRows(order.FindAll(feature => counts[feature] >= minCount));
    }

    public bool TryGetRow(ulong feature, out int row) => _rows.TryGetValue(feature, out row);
}
