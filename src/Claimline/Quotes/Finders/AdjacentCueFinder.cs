using Claimline.Quotes.Attribution;
using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Sieve 1, the surest: a direct quote with its cue and speaker right beside it — after it (<c>“…,” Wood said.</c>,
/// <c>“…,” said the official.</c>), before it (<c>Wood said: “…”</c>), or between two halves of a split quote
/// (<c>“…,” he said, “…”</c>, which becomes one quote of two pieces).
/// </summary>
internal static class AdjacentCueFinder
{
    public const string Id = "direct.adjacent";

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (quote.Taken)
            {
                continue;
            }

            var draft = After(c, quotes, q) ?? Before(c, quote);
            if (draft is null)
            {
                continue;
            }

            quote.Taken = true;
            draft.Content.InsertRange(0, quote.Pieces);
            draft.Content.Sort();
            draft.Sieve = Id;
            draft.Confidence = 0.9;
            drafts.Add(draft);
        }
    }

    private static Draft? After(QuoteContext c, List<DirectQuote> quotes, int q)
    {
        var quote = quotes[q];
        var j = quote.Last + 1;
        var paragraph = c.ParagraphOf[quote.Last];
        if (j < c.Count && c.Lower[j] is "," or "—" or "--")
        {
            j++;
        }

        if (j >= c.Count || c.ParagraphOf[j] != paragraph)
        {
            return null;
        }

        var limit = j;
        while (limit + 1 < c.Count && c.ParagraphOf[limit + 1] == paragraph && limit - j < 12
            && c.Kind(limit + 1) is not (TokenKind.Terminal or TokenKind.Quote) && c.Lower[limit + 1] != ",")
        {
            limit++;
        }

        Draft? draft = null;
        int end;
        if (c.CueLemma(j) is { } lemma)
        {
            // `said Wood` / `said the official`, skipping a time (`said Thursday`).
            var k = j + 1;
            while (k <= limit && c.InTime[k])
            {
                k++;
            }

            var speaker = SpeakerPhraseFinder.StartingAt(c, k, limit);
            if (speaker is null)
            {
                return null;
            }

            draft = new Draft { Cue = (j, j), CueLemma = lemma, Speaker = speaker };
            c.CueUsed[j] = true;
            end = speaker.Last;
        }
        else
        {
            var cue = -1;
            for (var k = j; k <= limit; k++)
            {
                if (c.CueLemma(k) is not null)
                {
                    cue = k;
                    break;
                }
            }

            if (cue < 0)
            {
                return null;
            }

            var speakerEnd = SpeakerPhraseFinder.SkipBackToSpeaker(c, cue, j);
            var speaker = SpeakerPhraseFinder.EndingAt(c, speakerEnd, j);
            if (speaker is null || speaker.First != j)
            {
                return null;
            }

            draft = new Draft { Cue = (cue, cue), CueLemma = c.CueLemma(cue), Speaker = speaker };
            c.CueUsed[cue] = true;
            end = cue;
        }

        // A split quote: `“…,” he said, “…”` — the second half is the same quote.
        var next = end + 1;
        while (next < c.Count && c.InTime[next])
        {
            next++;
        }

        if (next + 1 < c.Count && c.Lower[next] is "," or ":" && q + 1 < quotes.Count && quotes[q + 1].First == next + 1 && !quotes[q + 1].Taken)
        {
            quotes[q + 1].Taken = true;
            draft.Content.AddRange(quotes[q + 1].Pieces);
        }
        else if (SentenceEnd(c, next) is var terminal && terminal + 1 < c.Count && q + 1 < quotes.Count && quotes[q + 1].First == terminal + 1
            && !quotes[q + 1].Taken && c.ParagraphOf[terminal + 1] == paragraph && !EndsWithComma(c, quotes[q + 1]))
        {
            // `“…,” he said (to reporters). “…”`: news goes on with the same quote after the cue's sentence; a second
            // half that ends in a comma waits for a cue of its own (`“…,” she added.`).
            quotes[q + 1].Taken = true;
            draft.Content.AddRange(quotes[q + 1].Pieces);
        }

        return draft;
    }

    /// <summary>The sentence's closing mark within a few words of <paramref name="i"/> (no quotation mark between), or -1.</summary>
    private static int SentenceEnd(QuoteContext c, int i)
    {
        for (var k = i; k < c.Count && k - i < 10 && c.SentenceOf[k] == c.SentenceOf[i]; k++)
        {
            if (c.Kind(k) == TokenKind.Terminal)
            {
                return k;
            }

            if (c.Kind(k) == TokenKind.Quote)
            {
                break;
            }
        }

        return -1;
    }

    private static bool EndsWithComma(QuoteContext c, DirectQuote quote)
    {
        var last = quote.Pieces[^1].Last;
        return last > quote.First && c.Lower[last - 1] == ",";
    }

    private static Draft? Before(QuoteContext c, DirectQuote quote)
    {
        var j = quote.First - 1;
        if (j < 0 || c.ParagraphOf[j] != c.ParagraphOf[quote.First])
        {
            return null;
        }

        if (c.Lower[j] is "," or ":")
        {
            j--;
        }

        while (j >= 0 && c.InTime[j])
        {
            j--;
        }

        if (j < 0 || c.CueLemma(j) is not { } lemma || c.CueUsed[j])
        {
            return null;
        }

        var sentence = c.SentenceOf[j];
        var min = sentence >= 0 ? c.SentenceRange(sentence).First : 0;
        var speaker = SpeakerPhraseFinder.EndingAt(c, SpeakerPhraseFinder.SkipBackToSpeaker(c, j, min), min);
        if (speaker is null)
        {
            return null;
        }

        c.CueUsed[j] = true;
        return new Draft { Cue = (j, j), CueLemma = lemma, Speaker = speaker };
    }
}
