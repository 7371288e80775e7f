using System.Runtime.InteropServices;
using Claimline.Entities.Tagging;

namespace Claimline.Quotes.Learning.Training;

/// <summary>
/// An averaged perceptron (Collins 2002) over label sequences decoded greedily left to right, as the taggers decode,
/// so previous-label features see the trainer's own predictions. Deterministic: features are numbered in first-seen
/// order, sequences are shuffled with a seeded <see cref="Random"/>, all sums are sequential.
/// </summary>
internal sealed class SequencePerceptron(int labels, int epochs, int seed, int minCount)
{
    public SparseWeights Train(SequenceSet set, TextWriter? log, string name)
    {
        var rows = CountFeatures(set);
        var weights = new float[rows.Count * labels];
        var totals = new double[rows.Count * labels];
        long clock = 1;
        var random = new Random(seed);
        var order = Enumerable.Range(0, set.Count).ToArray();
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        var active = new int[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[labels];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0, positions = 0;
            foreach (var k in order)
            {
                var length = set.Open(k);
                int p1 = 0, p2 = 0;
                for (var i = 0; i < length; i++)
                {
                    var gold = set.Gold(i);
                    var forced = set.Forced(i, p1);
                    if (forced >= 0)
                    {
                        (p2, p1) = (p1, forced);
                        continue;
                    }

                    var count = set.Features(i, p1, p2, features);
                    var known = 0;
                    scores.Clear();
                    for (var f = 0; f < count; f++)
                    {
                        if (rows.TryGetValue(features[f], out var row))
                        {
                            active[known++] = row;
                            var w = weights.AsSpan(row * labels, labels);
                            for (var l = 0; l < labels; l++)
                            {
                                scores[l] += w[l];
                            }
                        }
                    }

                    var guess = GreedyDecoder.Best(scores);
                    positions++;
                    if (guess != gold)
                    {
                        mistakes++;
                        for (var a = 0; a < known; a++)
                        {
                            var offset = active[a] * labels;
                            weights[offset + gold] += 1;
                            totals[offset + gold] += clock;
                            weights[offset + guess] -= 1;
                            totals[offset + guess] -= clock;
                        }
                    }

                    clock++;
                    (p2, p1) = (p1, guess);
                }
            }

            log?.WriteLine($"{name}: epoch {epoch}, {mistakes:N0} mistakes in {positions:N0} tokens ({100.0 * mistakes / Math.Max(1, positions):F2}%)");
        }

        var averaged = new float[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            averaged[i] = (float)(weights[i] - (totals[i] / clock));
        }

        return Prune(rows.Keys.ToArray(), averaged);
    }

    private Dictionary<ulong, int> CountFeatures(SequenceSet set)
    {
        var counts = new Dictionary<ulong, int>();
        var order = new List<ulong>();
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        for (var k = 0; k < set.Count; k++)
        {
            var length = set.Open(k);
            for (var i = 0; i < length; i++)
            {
                if (set.Forced(i, i >= 1 ? set.Gold(i - 1) : 0) >= 0)
                {
                    continue;
                }

                var n = set.Features(i, i >= 1 ? set.Gold(i - 1) : 0, i >= 2 ? set.Gold(i - 2) : 0, features);
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
        }

        var rows = new Dictionary<ulong, int>();
        foreach (var feature in order)
        {
            if (counts[feature] >= minCount)
            {
                rows.Add(feature, rows.Count);
            }
        }

        return rows;
    }

    /// <summary>Drops the rows whose weights would all be stored as 0 in 16 bits.</summary>
    private SparseWeights Prune(ulong[] keys, float[] weights)
    {
        var maxAbs = weights.Length == 0 ? 0 : weights.Max(Math.Abs);
        var threshold = maxAbs / short.MaxValue / 2;
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

        return new SparseWeights([.. keptKeys], [.. keptWeights], labels);
    }
}
