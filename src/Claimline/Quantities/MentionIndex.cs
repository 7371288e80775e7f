using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Quantities;

/// <summary>Every referent mention of a document by start offset, to name the entities inside a phrase.</summary>
internal sealed class MentionIndex
{
    private readonly (TextSpan Span, Referent Referent)[] _mentions;

    public MentionIndex(IEnumerable<Referent> referents)
    {
        _mentions = referents.SelectMany(r => r.Mentions.Select(m => (m, r))).ToArray();
        Array.Sort(_mentions, static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
    }

    /// <summary>The longest mention starting at <paramref name="offset"/>, if any.</summary>
    public (TextSpan Span, Referent Referent)? At(int offset)
    {
        var i = First(offset);
        return i < _mentions.Length && _mentions[i].Span.Start == offset ? _mentions[i] : null;
    }

    /// <summary>The referent keys of the mentions inside <paramref name="span"/>, in text order, each once.</summary>
    public IReadOnlyList<string> KeysWithin(TextSpan span)
    {
        List<string>? keys = null;
        for (var i = First(span.Start); i < _mentions.Length && _mentions[i].Span.Start < span.End; i++)
        {
            if (_mentions[i].Span.End <= span.End)
            {
                keys ??= [];
                if (!keys.Contains(_mentions[i].Referent.Key))
                {
                    keys.Add(_mentions[i].Referent.Key);
                }
            }
        }

        return keys ?? (IReadOnlyList<string>)[];
    }

    private int First(int offset)
    {
        int lo = 0, hi = _mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.Start < offset)
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
}
