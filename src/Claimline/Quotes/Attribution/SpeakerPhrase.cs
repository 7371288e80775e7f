using Claimline.Text;

namespace Claimline.Quotes.Attribution;

/// <summary>A speaker mention: an inclusive token range and what kind of mention it is.</summary>
internal sealed record SpeakerPhrase(int First, int Last, SpeakerKind Kind);

/// <summary>
/// Finds the noun phrase that names a speaker next to a cue, on tokens alone (no parser, no entity layer yet): a run of
/// capitalized words (with <c>of</c>, <c>and</c> and possessives between them), a subject pronoun, or a determiner with
/// up to three lower-case words (<c>the Russian representative</c>, <c>some experts</c>, <c>officials</c>).
/// </summary>
internal static class SpeakerPhraseFinder
{
    // Lower-case words that never belong to a speaker phrase; they end the walk (verbs of the clause, relatives, prepositions).
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "who", "which", "that", "what", "whom", "him", "them", "us", "me", "is", "are", "was", "were", "be", "been", "being",
        "not", "to", "for", "with", "in", "on", "at", "by", "from", "as", "or", "but", "if", "when", "while", "because",
        "has", "had", "have", "also", "and", "so", "then", "than", "there", "here", "this", "now", "will", "would", "could",
        "can", "may", "might", "should", "must", "do", "does", "did", "into", "about", "after", "before", "since", "just",
        "even", "still", "only", "again", "once", "yet", "ago", "where", "how", "why", "all", "both", "each", "no",
    };

    // Words between a speaker and its cue: auxiliaries and adverbs (`Trump has repeatedly said`).
    private static readonly HashSet<string> s_between = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "also", "'s", "’s", "'ve", "’ve", "'d", "’d", "would", "will", "later", "then", "again", "once",
        "previously", "recently", "often", "never", "had", "did", "does", "do", "still", "first", "further", "earlier",
    };

    /// <summary>The last token of the speaker phrase before cue <paramref name="cue"/>, after auxiliaries, adverbs and a time.</summary>
    public static int SkipBackToSpeaker(QuoteContext c, int cue, int min)
    {
        var e = cue - 1;
        while (e >= min)
        {
            if (s_between.Contains(c.Lower[e]) || (c.Lower[e].EndsWith("ly", StringComparison.Ordinal) && !c.IsCapitalized(e) && c.Lower[e].Length > 4))
            {
                e--;
            }
            else if (c.InTime[e])
            {
                while (e >= min && c.InTime[e])
                {
                    e--;
                }

                if (e >= min && c.Lower[e] is "on" or "last" or "this" or "earlier")
                {
                    e--;
                }
            }
            else
            {
                break;
            }
        }

        return e;
    }

    /// <summary>The speaker phrase that ends at token <paramref name="end"/>, reading leftwards no further than <paramref name="min"/>.</summary>
    public static SpeakerPhrase? EndingAt(QuoteContext c, int end, int min)
    {
        if (end < min || c.DirectOf[end] >= 0)
        {
            return null;
        }

        if (c.Lexicon.Pronouns.ContainsKey(c.Lower[end]) && c.Kind(end) == TokenKind.Word)
        {
            return new SpeakerPhrase(end, end, SpeakerKind.Pronoun);
        }

        var start = -1;
        var capitals = 0;
        var lowers = 0;
        var hasDeterminer = false;
        var i = end;
        while (i >= min && c.DirectOf[i] < 0)
        {
            var lower = c.Lower[i];
            if (c.Lexicon.Determiners.ContainsKey(lower) && start >= 0)
            {
                start = i;
                hasDeterminer = true;

                // `Seoul and its allies`: a conjunction with a name before it joins both into one phrase.
                if (i - 2 >= min && c.Lower[i - 1] == "and" && c.IsCapitalized(i - 2))
                {
                    i--;
                    continue;
                }

                break;
            }

            if (c.IsCapitalized(i) && !s_stop.Contains(lower))
            {
                capitals++;
                start = i;
            }
            else if (c.Kind(i) == TokenKind.Clitic && lower is "'s" or "’s" && start >= 0)
            {
                start = i;
            }
            else if (lower is "of" or "and" or "&" && start >= 0 && i - 1 >= min && (c.IsCapitalized(i - 1) || lower == "and"))
            {
                start = i;
            }
            else if (c.Kind(i) == TokenKind.Word && !c.IsCapitalized(i) && !s_stop.Contains(lower) && lowers < 3 && capitals == 0
                && !c.Lexicon.CueForms.ContainsKey(lower))
            {
                lowers++;
                start = i;
            }
            else
            {
                break;
            }

            i--;
        }

        if (start < 0)
        {
            return null;
        }

        // `and` or `of` cannot open the phrase.
        while (start <= end && c.Lower[start] is "of" or "and" or "&" or "'s" or "’s")
        {
            start++;
        }

        if (start > end)
        {
            return null;
        }

        if (capitals == 0 && !hasDeterminer)
        {
            // Lower-case words with no determiner: only a known speaker noun at the head (`officials`, `sources`).
            if (!c.Lexicon.SpeakerNouns.ContainsKey(c.Lower[end]))
            {
                return null;
            }

            start = end;
        }

        return new SpeakerPhrase(start, end, KindOf(c, start, end));
    }

    /// <summary>The speaker phrase that starts at token <paramref name="start"/> (after a cue: <c>said the official</c>).</summary>
    public static SpeakerPhrase? StartingAt(QuoteContext c, int start, int max)
    {
        if (start > max || c.DirectOf[start] >= 0)
        {
            return null;
        }

        if (c.Lexicon.Pronouns.ContainsKey(c.Lower[start]) && c.Kind(start) == TokenKind.Word)
        {
            return new SpeakerPhrase(start, start, SpeakerKind.Pronoun);
        }

        var i = start;
        var last = -1;
        var lowers = 0;
        var determiner = c.Lexicon.Determiners.ContainsKey(c.Lower[start]);
        if (determiner)
        {
            i++;
        }

        while (i <= max && i - start < 10 && c.DirectOf[i] < 0)
        {
            var lower = c.Lower[i];
            if (c.IsCapitalized(i))
            {
                last = i;
            }
            else if (c.Kind(i) == TokenKind.Clitic && lower is "'s" or "’s" && last >= 0)
            {
                last = i;
            }
            else if (lower is "of" or "and" && last >= 0 && i + 1 <= max && c.IsCapitalized(i + 1))
            {
                // joined to the next capitalized word
            }
            else if (c.Kind(i) == TokenKind.Word && !s_stop.Contains(lower) && lowers < 3 && (determiner || c.Lexicon.SpeakerNouns.ContainsKey(lower)))
            {
                lowers++;
                last = i;
            }
            else
            {
                break;
            }

            i++;
        }

        return last < 0 ? null : new SpeakerPhrase(start, last, KindOf(c, start, last));
    }

    internal static SpeakerKind KindOf(QuoteContext c, int first, int last)
    {
        // The comma that closes an apposition (`Thomas Reyes, the minister, said`) is no part of the name.
        while (last > first && c.Lower[last] == ",")
        {
            last--;
        }

        if (first == last && c.Lexicon.Pronouns.ContainsKey(c.Lower[first]))
        {
            return SpeakerKind.Pronoun;
        }

        int firstComma = -1, lastComma = -1;
        for (var i = first + 1; i < last; i++)
        {
            if (c.Lower[i] is "and" or "&")
            {
                return SpeakerKind.Multiple;
            }

            if (c.Lower[i] == ",")
            {
                firstComma = firstComma < 0 ? i : firstComma;
                lastComma = i;
            }
        }

        if (firstComma > first && lastComma < last)
        {
            // Commas without `and` set off an apposition, which names one speaker: `Chile's interior minister, Thomas
            // Reyes` is a name; `the mayor, a former judge` is a role.
            var after = KindOf(c, lastComma + 1, last);
            return after == SpeakerKind.Named ? after : KindOf(c, first, firstComma - 1);
        }

        if (c.Lexicon.Determiners.TryGetValue(c.Lower[first], out var unnamed) && unnamed)
        {
            return SpeakerKind.Unnamed;
        }

        if (c.Lexicon.SpeakerNouns.TryGetValue(c.Lower[last], out var kind))
        {
            // A capitalized head is a title in a name only if followed by one; here it is the head, so its kind counts.
            return kind;
        }

        if (c.Word(last) is "House" or "Department" or "Pentagon" or "Kremlin" or "Congress" or "Senate" or "Party" or "Committee"
            || c.Word(last).All(char.IsUpper))
        {
            return SpeakerKind.Organization;
        }

        return c.IsCapitalized(last) ? SpeakerKind.Named : SpeakerKind.Role;
    }
}
