using System.Runtime.InteropServices;

namespace Claimline.Syntax.Parsing;

/// <summary>
/// A classifier's weights while training: a row of class weights per feature key, added when a feature first takes
/// part in an update, with the averaged perceptron's running totals (the timestamp trick: the average is
/// <c>w − total / clock</c>). Keys are kept in first-seen order, so the same run gives the same rows.
/// </summary>
internal sealed class TrainingTable(int classes)
{
    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _keys = [];
    private float[] _weights = new float[1024 * classes];
    private double[] _totals = new double[1024 * classes];

    public int Classes { get; } = classes;

    public int Count => _keys.Count;

    /// <summary>Adds each known key's row to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        foreach (var key in keys)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var w = _weights.AsSpan(row * Classes, Classes);
                for (var c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to class <paramref name="cls"/> of every key, at time <paramref name="clock"/>.</summary>
    public void Update(ReadOnlySpan<ulong> keys, int cls, float delta, long clock)
    {
        foreach (var key in keys)
        {
            ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(_rows, key, out var exists);
            if (!exists)
            {
                row = _keys.Count;
                _keys.Add(key);
                if ((row + 1) * Classes > _weights.Length)
                {
                    Array.Resize(ref _weights, _weights.Length * 2);
                    Array.Resize(ref _totals, _totals.Length * 2);
                }
            }

            var i = (row * Classes) + cls;
            _weights[i] += delta;
            _totals[i] += clock * (double)delta;
        }
    }

    /// <summary>The keys and their averaged weights at time <paramref name="clock"/>.</summary>
    public (ulong[] Keys, float[] Weights) Averaged(long clock)
    {
        var weights = new float[_keys.Count * Classes];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(_weights[i] - (_totals[i] / clock));
        }

        return ([.. _keys], weights);
    }
}
