using Claimline.Quotes.Attribution;
using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Sieve 0: a paragraph (or a line) that is a direct quote signed with a dash and a name — <c>“We will rebuild the harbor.” ― Ana
/// Kovac, 34, of Tampa</c> (reader voices, epigraphs, collected reactions). The name after the dash is the speaker, the
/// dash the cue, and everything before it the content. It runs first: the sentences inside such a quote hold names and
/// verbs (<c>Trump said …</c>) that the other sieves would otherwise take for its speaker.
/// </summary>
internal static class DashSpeakerFinder
{
    public const string Id = "direct.dash";

    // A description after the name (`, 34, of Tampa`, `, mayor of the town`) is short; a longer tail is a sentence.
    private const int MaxDescription = 12;

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        for (var first = 0; first < c.Count; first++)
        {
            // Line by line: a paragraph may be a list of such quotes, one a line.
            if (!IsDoubleMark(c, first) || !c.StartsLine(first))
            {
                continue;
            }

            var last = first;
            while (last + 1 < c.Count && c.ParagraphOf[last + 1] == c.ParagraphOf[first] && !c.StartsLine(last + 1))
            {
                last++;
            }

            var end = last;
            while (end > first && c.Kind(end) is TokenKind.Terminal or TokenKind.Punctuation)
            {
                end--;
            }

            // The signing dash is the last one that follows a closing mark; the name and description after it close the line.
            var dash = -1;
            for (var t = end - 1; t > first + 1; t--)
            {
                if (c.Kind(t) == TokenKind.Dash && IsDoubleMark(c, t - 1))
                {
                    dash = t;
                    break;
                }

                if (c.Kind(t) == TokenKind.Quote || end - t > MaxDescription + 6)
                {
                    break;
                }
            }

            if (dash < 0 || c.CueUsed[dash])
            {
                continue;
            }

            var speaker = SpeakerPhraseFinder.StartingAt(c, dash + 1, end);
            if (speaker is null || speaker.Kind is not (SpeakerKind.Named or SpeakerKind.Organization) || !ClosesLine(c, speaker.Last, end))
            {
                continue;
            }

            var draft = new Draft { Cue = (dash, dash), CueLemma = "say", Speaker = speaker, Confidence = 0.85, Sieve = Id };
            draft.Content.Add((first, dash - 1));
            for (var t = first; t <= dash; t++)
            {
                if (c.DirectOf[t] >= 0)
                {
                    quotes[c.DirectOf[t]].Taken = true;
                }

                // Verbs inside the quote are the speaker's words, not cues of other attributions.
                c.CueUsed[t] = true;
            }

            drafts.Add(draft);
        }
    }

    private static bool IsDoubleMark(QuoteContext c, int i)
        => c.Kind(i) == TokenKind.Quote && c.Word(i) is "“" or "”" or "\"" or "''" or "``" or "«" or "»";

    /// <summary>Nothing, or a comma and a short description without quotation marks, follows the name to the line's end.</summary>
    private static bool ClosesLine(QuoteContext c, int nameLast, int end)
    {
        if (nameLast == end)
        {
            return true;
        }

        if (c.Lower[nameLast + 1] != "," || end - nameLast - 1 > MaxDescription)
        {
            return false;
        }

        for (var t = nameLast + 2; t <= end; t++)
        {
            if (c.Kind(t) is TokenKind.Quote or TokenKind.Terminal || c.CueLemma(t) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
