namespace Claimline.Entities;

/// <summary>
/// Makes one name of a long form that an acronym in brackets right after it spells out, where the tagger cut it
/// apart or short: <c>United Nations Mission</c> (org) <c>in</c> <c>South Sudan</c> (loc) <c>(UNMISS)</c> becomes the
/// one organization <c>United Nations Mission in South Sudan</c>. The long form is found as Schwartz and Hearst (2003)
/// find it: the acronym's letters matched right to left in the words before the bracket, the first letter at the start
/// of a word, within min(|A| + 5, 2|A|) words. Only a long form that opens with a capitalized word is taken, and the
/// name keeps the type of the name it opens with (<c>Democratic Republic of Congo (DRC)</c> stays a place).
/// </summary>
public static class AcronymNameJoiner
{
    /// <summary>Rewrites <paramref name="spans"/> (token offsets, in order) in place, over the sentence's <paramref name="words"/>.</summary>
    public static void Join(List<(int Start, int End, EntityType Type)> spans, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(words);
        for (var open = 1; open + 2 < words.Count; open++)
        {
            if (words[open] != "(" || words[open + 2] != ")" || !IsAcronym(words[open + 1]))
            {
                continue;
            }

            var start = LongFormStart(words, open, words[open + 1]);
            if (start < 0)
            {
                continue;
            }

            // The names the long form overlaps, and one that runs into it from the left (`United Nations` before
            // `Office for the Coordination …`, when the tagger joined them).
            var first = spans.FindIndex(s => s.End > start && s.Start < open);
            if (first < 0)
            {
                continue;
            }

            var last = first;
            while (last + 1 < spans.Count && spans[last + 1].Start < open)
            {
                last++;
            }

            var from = Math.Min(start, spans[first].Start);
            var type = spans[first].Start <= start ? spans[first].Type : EntityType.Org;
            if (from == spans[first].Start && last == first && spans[first].End == open)
            {
                continue;
            }

            spans.RemoveRange(first, last - first + 1);
            spans.Insert(first, (from, open, type));
        }
    }

    /// <summary>A short form: 2–10 letters or digits (with `&amp;` or `-`), opening with a capital, with a second capital.</summary>
    private static bool IsAcronym(string word)
        => word.Length is >= 2 and <= 10 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsUpper)
            && word.All(c => char.IsLetterOrDigit(c) || c is '&' or '-');

    /// <summary>The token where the long form of <paramref name="acronym"/> before <paramref name="open"/> starts, or -1.</summary>
    private static int LongFormStart(IReadOnlyList<string> words, int open, string acronym)
    {
        var letters = acronym.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        var reach = Math.Min(letters.Length + 5, letters.Length * 2);
        var word = open - 1;
        var at = words[word].Length - 1;
        for (var s = letters.Length - 1; s >= 0; s--)
        {
            // The letter, right to left through the words; the acronym's first letter only at the start of a word.
            while (true)
            {
                if (word < 0 || open - word > reach || words[word] is "," or ";" or ":" or "(" or ")" or "." or "\u2014")
                {
                    return -1;
                }

                if (at < 0)
                {
                    word--;
                    at = word >= 0 ? words[word].Length - 1 : -1;
                    continue;
                }

                if (char.ToLowerInvariant(words[word][at]) == letters[s] && (s > 0 || at == 0))
                {
                    break;
                }

                at--;
            }

            at--;
        }

        return word < open - 1 && char.IsUpper(words[word][0]) ? word : -1;
    }
}
