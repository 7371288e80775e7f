namespace Claimline.Entities;

/// <summary>
/// Joins a name cut at a plural possessive inside it: the tagger reads <c>Bolivian Workers</c> (misc) and <c>' Centre</c>
/// (org) in <c>the Bolivian Workers' Centre</c>, <c>Farmers' Union</c>, <c>Veterans' Affairs</c>. A name that opens
/// with the apostrophe right after another name is one name with it, typed as its last part (the head noun's); a
/// name that opens with the apostrophe after no name loses it.
/// </summary>
public static class PluralPossessiveJoiner
{
    /// <summary>Rewrites <paramref name="spans"/> (token offsets, in order) in place, over the sentence's <paramref name="words"/>.</summary>
    public static void Join(List<(int Start, int End, EntityType Type)> spans, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(words);
        for (var s = 0; s < spans.Count; s++)
        {
            var (start, end, type) = spans[s];
            if (words[start] is not ("'" or "\u2019") || end - start < 2)
            {
                continue;
            }

            if (s > 0 && spans[s - 1].End == start && words[start - 1].EndsWith('s'))
            {
                spans[s - 1] = (spans[s - 1].Start, end, type);
                spans.RemoveAt(s);
                s--;
            }
            else
            {
                spans[s] = (start + 1, end, type);
            }
        }
    }
}
