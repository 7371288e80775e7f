using Claimline.Resources;

namespace Claimline.Entities;

/// <summary>
/// Joins a name and the division word after it into one place: <c>Kherson Oblast</c> tagged as ORG <c>Kherson</c> and
/// LOC <c>Oblast</c>, or <c>Gedo</c> followed by an untagged <c>Province</c>, becomes the LOC <c>Kherson Oblast</c>
/// (<c>Resources/en/division-words.txt</c>). People's names are left alone. Two organizations tagged side by side
/// with nothing between (<c>Uganda Red Cross</c> <c>Society</c>) are one name too, and a name of two words or more
/// that ends in a division word is a place, whatever its tagged type.
/// </summary>
public sealed class DivisionRefiner
{
    private static readonly Lazy<DivisionRefiner> s_english = new(() => new DivisionRefiner(ResourceFile.ReadList("Entities/Resources/en/division-words.txt")));

    private readonly HashSet<string> _words;

    public DivisionRefiner(IEnumerable<string> words) => _words = new HashSet<string>(words, StringComparer.Ordinal);

    public static DivisionRefiner English => s_english.Value;

    /// <summary>
    /// Refines one sentence's decoded spans (token offsets, in order, typed) over its words; returns the spans to keep,
    /// with <c>Rule</c> true for the ones this refiner made.
    /// </summary>
    public List<(int Start, int End, EntityType Type, bool Rule)> Refine(IReadOnlyList<(int Start, int End, EntityType Type)> spans, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(words);
        var result = new List<(int Start, int End, EntityType Type, bool Rule)>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];

            // A name that ends in a division word is a place, whatever the tagger typed it (Kherson/B-PER Oblast/L-PER).
            if (type != EntityType.Loc && end - start >= 2 && _words.Contains(words[end - 1]))
            {
                result.Add((start, end, EntityType.Loc, true));
                continue;
            }
            if (type != EntityType.Person && end < words.Count && _words.Contains(words[end]))
            {
                // The division word is either untagged or a one-word span of its own right after the name.
                var next = i + 1 < spans.Count && spans[i + 1].Start == end ? spans[i + 1] : ((int Start, int End, EntityType Type)?)null;
                if (next is null || next.Value.End == end + 1)
                {
                    result.Add((start, end + 1, EntityType.Loc, true));
                    i += next is null ? 0 : 1;
                    continue;
                }
            }

            // "Uganda Red Cross" and "Society" tagged as two organizations side by side are one name.
            if (type == EntityType.Org && i + 1 < spans.Count && spans[i + 1].Start == end && spans[i + 1].Type == EntityType.Org)
            {
                result.Add((start, spans[i + 1].End, EntityType.Org, true));
                i++;
                continue;
            }

            result.Add((start, end, type, false));
        }

        return result;
    }
}
