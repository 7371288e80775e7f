using Claimline.Entities.Tagging;

namespace Claimline.Learning;

/// <summary>
/// An averaged perceptron (Collins 2002) over label sequences decoded greedily left to right, as the taggers decode
/// (<see cref="GreedyDecoder"/>), so previous-label features see the trainer's own predictions. At each position it
/// predicts, and on a mistake adds 1 to the gold label's weights and subtracts 1 from the predicted label's for every
/// known feature; the average over all steps is kept by the timestamp trick. Deterministic: blocks are shuffled with
/// a seeded <see cref="Random"/> and all sums are sequential, so the same data and seed give the same bits.
/// One instance is one training run.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly FeatureRows _rows;
    private readonly int _labels;
    private readonly float[] _weights;
    private readonly double[] _totals;
    private long _clock = 1;

    public AveragedPerceptron(FeatureRows rows, int labels)
    {
        _rows = rows;
        _labels = labels;
        _weights = new float[rows.Count * labels];
        _totals = new double[rows.Count * labels];
    }

    /// <summary>Runs <paramref name="epochs"/> passes over <paramref name="set"/> and returns the averaged weights.</summary>
    /// <param name="set">The training sequences.</param>
    /// <param name="epochs">Passes over the data.</param>
    /// <param name="seed">Seeds the shuffling of the blocks before each pass.</param>
    /// <param name="afterEpoch">Sees each pass's mistakes, and may call <see cref="Averaged"/>; or null.</param>
    public float[] Train(SequenceSet set, int epochs, int seed, Action<EpochResult>? afterEpoch = null)
    {
        var random = new Random(seed);
        var order = Enumerable.Range(0, set.BlockCount).ToArray();
        Span<ulong> features = stackalloc ulong[set.MaxFeatures];
        var active = new int[set.MaxFeatures];
        Span<float> scores = stackalloc float[_labels];
        var predicted = new int[256];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long mistakes = 0, positions = 0;
            foreach (var b in order)
            {
                set.BeginBlock();
                var (start, end) = set.Block(b);
                for (var k = start; k < end; k++)
                {
                    var length = set.Open(k);
                    if (predicted.Length < length)
                    {
                        predicted = new int[length * 2];
                    }

                    int p1 = 0, p2 = 0;
                    for (var i = 0; i < length; i++)
                    {
                        var forced = set.Forced(i, p1);
                        if (forced >= 0)
                        {
                            predicted[i] = forced;
                            (p2, p1) = (p1, forced);
                            continue;
                        }

                        var gold = set.Gold(i);
                        var count = set.Features(i, p1, p2, features);
                        var known = 0;
                        scores.Clear();
                        for (var f = 0; f < count; f++)
                        {
                            if (_rows.TryGetRow(features[f], out var row))
                            {
                                active[known++] = row;
                                var w = _weights.AsSpan(row * _labels, _labels);
                                for (var l = 0; l < _labels; l++)
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
                            Update(active.AsSpan(0, known), gold, guess);
                        }

                        _clock++;
                        predicted[i] = guess;
                        (p2, p1) = (p1, guess);
                    }

                    set.Labeled(predicted.AsSpan(0, length));
                }
            }

            afterEpoch?.Invoke(new EpochResult(epoch, mistakes, positions));
        }

        return Averaged();
    }

    /// <summary>The weights averaged over every step so far, row by row.</summary>
    public float[] Averaged()
    {
        var averaged = new float[_weights.Length];
        for (var i = 0; i < _weights.Length; i++)
        {
            averaged[i] = (float)(_weights[i] - (_totals[i] / _clock));
        }

        return averaged;
    }

    private void Update(ReadOnlySpan<int> rows, int gold, int guess)
    {
        foreach (var row in rows)
        {
            var offset = row * _labels;
            _weights[offset + gold] += 1;
            _totals[offset + gold] += _clock;
            _weights[offset + guess] -= 1;
            _totals[offset + guess] -= _clock;
        }
    }
}
