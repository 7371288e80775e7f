using System.Collections;

namespace Claimline.Model;

/// <summary>
/// An immutable list of annotations sorted by start offset (then by longest first).
/// Written once by the annotator that produces it; later stages only read it.
/// </summary>
public sealed class Layer<T> : IReadOnlyList<T>
    where T : IAnnotation
{
    private readonly T[] _items;

    private Layer(T[] items) => _items = items;

    public static Layer<T> Empty { get; } = new([]);

    /// <summary>Builds a layer, sorting the items by (Start ascending, End descending).</summary>
    public static Layer<T> From(IEnumerable<T> items)
    {
        var array = items.ToArray();
        if (!IsSorted(array))
        {
            Array.Sort(array, static (a, b) => a.Span.Start != b.Span.Start
                ? a.Span.Start.CompareTo(b.Span.Start)
                : b.Span.End.CompareTo(a.Span.End));
        }

        return new Layer<T>(array);
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>
    /// The items that lie entirely inside <paramref name="span"/>, found by binary search without allocating.
    /// Exact for <see cref="LayerShape.Disjoint"/> layers; for overlapping layers use <see cref="Inside"/>.
    /// </summary>
    public ReadOnlySpan<T> Within(TextSpan span)
    {
        var first = FirstStartingAtOrAfter(span.Start);
        var last = first;
        while (last < _items.Length && _items[last].Span.Start < span.End)
        {
            last++;
        }

        // In a disjoint layer only the last item that starts inside can end outside.
        var result = _items.AsSpan(first, last - first);
        while (result.Length > 0 && result[^1].Span.End > span.End)
        {
            result = result[..^1];
        }

        return result;
    }

    /// <summary>The items that lie entirely inside <paramref name="span"/>, for layers whose items may overlap.</summary>
    public IEnumerable<T> Inside(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start); i < _items.Length && _items[i].Span.Start < span.End; i++)
        {
            if (_items[i].Span.End <= span.End)
            {
                yield return _items[i];
            }
        }
    }

    /// <summary>Index of the first item whose start is at or after <paramref name="offset"/>.</summary>
    public int FirstStartingAtOrAfter(int offset)
    {
        int lo = 0, hi = _items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_items[mid].Span.Start < offset)
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

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    private static bool IsSorted(T[] array)
    {
        for (var i = 1; i < array.Length; i++)
        {
            var a = array[i - 1].Span;
            var b = array[i].Span;
            if (a.Start > b.Start || (a.Start == b.Start && a.End < b.End))
            {
                return false;
            }
        }

        return true;
    }
}
