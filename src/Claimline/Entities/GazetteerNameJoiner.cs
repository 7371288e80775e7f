using Claimline.Entities.Tagging;

namespace Claimline.Entities;

/// <summary>
/// Joins the pieces of a listed multi-word name that the tagger cut apart but typed alike: <c>Democratic People</c>
/// and <c>Republic of Korea</c>, both LOC around an untagged <c>’s</c>, are the one country name of the gazetteer.
/// Only when the pieces begin and end exactly at the listed name and share one type, so the tagger's type stands.
/// </summary>
public static class GazetteerNameJoiner
{
    /// <summary>Rewrites <paramref name="spans"/> (token offsets, in order) in place; <paramref name="marks"/> are the sentence's gazetteer marks (<see cref="Gazetteers.Gazetteer.Match"/>).</summary>
    public static void Join(List<(int Start, int End, EntityType Type)> spans, ReadOnlySpan<uint> marks)
    {
        ArgumentNullException.ThrowIfNull(spans);
        for (var s = 0; s + 1 < spans.Count; s++)
        {
            var (start, end, type) = spans[s];
            var last = ListedEnd(marks, start);
            if (last < end)
            {
                continue;
            }

            // The pieces that lie within the listed name, all of one type, the last ending where the name ends.
            var t = s + 1;
            while (t < spans.Count && spans[t].End <= last + 1 && spans[t].Type == type)
            {
                t++;
            }

            if (t - s >= 2 && spans[t - 1].End == last + 1)
            {
                spans[s] = (start, last + 1, type);
                spans.RemoveRange(s + 1, t - s - 1);
            }
        }
    }

    /// <summary>The last token of the longest listed name that begins at <paramref name="start"/>, or -1.</summary>
    private static int ListedEnd(ReadOnlySpan<uint> marks, int start)
    {
        var best = -1;
        for (var category = 0; category < 8; category++)
        {
            var shift = category * 4;
            if ((marks[start] & (1u << (shift + (int)BilouPosition.Begin))) == 0)
            {
                continue;
            }

            for (var i = start + 1; i < marks.Length; i++)
            {
                if ((marks[i] & (1u << (shift + (int)BilouPosition.Last))) != 0)
                {
                    best = Math.Max(best, i);
                    break;
                }

                if ((marks[i] & (1u << (shift + (int)BilouPosition.Inside))) == 0)
                {
                    break;
                }
            }
        }

        return best;
    }
}
