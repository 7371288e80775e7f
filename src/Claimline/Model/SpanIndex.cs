namespace Claimline.Model;

/// <summary>
/// An index over a fixed list of spans, so that a stage can ask which of them contain, overlap or end near a place
/// without scanning them all: a scan per item makes a stage quadratic in the length of one document. The spans keep
/// their positions in the list they were given (their <em>index</em>), and every query answers with indices in
/// ascending order, so that "the first that …" means the same as in a loop over the list.
/// <para>Built in O(n log n); a containment or overlap query costs O(log n + hits) however long the spans are (an
/// interval tree laid over the spans sorted by start: each node keeps the largest end below it).</para>
/// </summary>
public sealed class SpanIndex
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, SpanIndex> s_ofLayer = new();

    private readonly TextSpan[] _spans;
    private readonly int[] _byStart;
    private readonly int[] _starts;
    private readonly int[] _maxEnd;
    private readonly int[] _byEnd;
    private readonly int[] _ends;
    private readonly int[] _firstByEnd;

    public SpanIndex(IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        _spans = [.. spans];
        var n = _spans.Length;
        _byStart = new int[n];
        _byEnd = new int[n];
        for (var i = 0; i < n; i++)
        {
            _byStart[i] = i;
            _byEnd[i] = i;
        }

        Array.Sort(_byStart, (a, b) => _spans[a].Start != _spans[b].Start ? _spans[a].Start.CompareTo(_spans[b].Start) : a.CompareTo(b));
        Array.Sort(_byEnd, (a, b) => _spans[a].End != _spans[b].End ? _spans[a].End.CompareTo(_spans[b].End) : a.CompareTo(b));
        _starts = Array.ConvertAll(_byStart, i => _spans[i].Start);
        _ends = Array.ConvertAll(_byEnd, i => _spans[i].End);
        _firstByEnd = new int[n];
        for (var k = 0; k < n; k++)
        {
            _firstByEnd[k] = k == 0 ? _byEnd[0] : Math.Min(_firstByEnd[k - 1], _byEnd[k]);
        }

        _maxEnd = new int[n];
        FillMaxEnd(0, n);
    }

    public int Count => _spans.Length;

    /// <summary>
    /// The index of a layer's spans (an index is a position in the layer), built once per layer: a layer never
    /// changes once written, so every stage that reads it shares one index for as long as the layer lives.
    /// </summary>
    public static SpanIndex Of<T>(Layer<T> layer)
        where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(layer);
        return s_ofLayer.GetValue(layer, static l => new SpanIndex([.. ((Layer<T>)l).Select(item => item.Span)]));
    }

    public TextSpan this[int index] => _spans[index];

    /// <summary>The indices of the spans that contain <paramref name="span"/> (<see cref="TextSpan.Contains(TextSpan)"/>), ascending.</summary>
    public List<int> Containing(TextSpan span)
    {
        var found = new List<int>();
        Collect(0, _spans.Length, span.Start, span.End, found, (s, q) => s.Contains(q), span);
        found.Sort();
        return found;
    }

    /// <summary>Whether any span contains <paramref name="span"/>.</summary>
    public bool AnyContaining(TextSpan span) => Containing(span).Count > 0;

    /// <summary>The indices of the spans that overlap <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>), ascending.</summary>
    public List<int> Overlapping(TextSpan span)
    {
        // A span overlaps it when it starts before its end and ends after its start.
        var found = new List<int>();
        Collect(0, _spans.Length, span.End - 1, span.Start + 1, found, (s, q) => s.Overlaps(q), span);
        found.Sort();
        return found;
    }

    /// <summary>
    /// The indices of the spans that end in [<paramref name="from"/>, <paramref name="to"/>], ordered by end, then by
    /// index: walk it backwards to find the last span ending before a place.
    /// </summary>
    public ReadOnlySpan<int> EndingBetween(int from, int to)
    {
        var first = LowerBound(_ends, from);
        var last = LowerBound(_ends, to == int.MaxValue ? to : to + 1);
        return _byEnd.AsSpan(first, Math.Max(0, last - first));
    }

    /// <summary>The smallest index of the spans that end at or before <paramref name="offset"/>, or -1.</summary>
    public int FirstEndingAtOrBefore(int offset)
    {
        var count = LowerBound(_ends, offset == int.MaxValue ? offset : offset + 1);
        return count == 0 ? -1 : _firstByEnd[count - 1];
    }

    /// <summary>The indices of the spans that start in [<paramref name="from"/>, <paramref name="to"/>], ordered by start, then by index.</summary>
    public ReadOnlySpan<int> StartingBetween(int from, int to)
    {
        var first = LowerBound(_starts, from);
        var last = LowerBound(_starts, to == int.MaxValue ? to : to + 1);
        return _byStart.AsSpan(first, Math.Max(0, last - first));
    }

    /// <summary>The position of the first value at or above <paramref name="value"/> in an ascending array.</summary>
    private static int LowerBound(int[] values, int value)
    {
        int lo = 0, hi = values.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tree over sorted positions [lo, hi): its node is the middle position, its subtrees the halves.</summary>
    private int FillMaxEnd(int lo, int hi)
    {
        if (lo >= hi)
        {
            return int.MinValue;
        }

        var mid = (lo + hi) >>> 1;
        var max = Math.Max(_spans[_byStart[mid]].End, Math.Max(FillMaxEnd(lo, mid), FillMaxEnd(mid + 1, hi)));
        _maxEnd[mid] = max;
        return max;
    }

    /// <summary>
    /// Adds the spans of positions [lo, hi) that start at or before <paramref name="startAtMost"/>, end at or after
    /// <paramref name="endAtLeast"/> and pass <paramref name="test"/>; a subtree whose largest end is too small is skipped.
    /// </summary>
    private void Collect(int lo, int hi, int startAtMost, int endAtLeast, List<int> found, Func<TextSpan, TextSpan, bool> test, TextSpan query)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_maxEnd[mid] < endAtLeast)
            {
                return;
            }

            Collect(lo, mid, startAtMost, endAtLeast, found, test, query);
            if (_starts[mid] > startAtMost)
            {
                return;
            }

            var index = _byStart[mid];
            if (test(_spans[index], query))
            {
                found.Add(index);
            }

            lo = mid + 1;
        }
    }
}
