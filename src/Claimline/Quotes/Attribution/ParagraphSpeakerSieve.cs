using Claimline.Quotes.Finders;

namespace Claimline.Quotes.Attribution;

/// <summary>
/// Sieve 3: a direct quote of four words or more with no cue beside it takes the speaker of an attributed quote in the
/// same paragraph (<c>“…,” she said. “…”</c>), or, when it opens its paragraph, the speaker of the last quote of the
/// paragraph before (news carries a speaker on over quote-only paragraphs). Otherwise it is kept without a speaker.
/// </summary>
internal static class ParagraphSpeakerSieve
{
    public const string SameParagraph = "direct.paragraph";
    public const string PreviousParagraph = "direct.previous";
    public const string Unattributed = "direct.unattributed";

    public static void Run(QuoteContext c, List<DirectQuote> quotes, List<Draft> drafts)
    {
        // The attributed drafts of each paragraph, in order of their first token: the nearest is found by binary search
        // (a one-line document is one paragraph, so a scan of the paragraph would be a scan of the document).
        var attributed = new Dictionary<int, List<Draft>>();
        foreach (var d in drafts.Where(d => d.Speaker is not null).OrderBy(d => d.FirstToken))
        {
            var p = c.ParagraphOf[d.FirstToken];
            if (!attributed.TryGetValue(p, out var list))
            {
                attributed[p] = list = [];
            }

            list.Add(d);
        }

        foreach (var quote in quotes)
        {
            if (quote.Taken || quote.WordCount < 4)
            {
                continue;
            }

            quote.Taken = true;
            var paragraph = c.ParagraphOf[quote.First];
            var same = attributed.TryGetValue(paragraph, out var inParagraph) ? Nearest(inParagraph, quote.First) : null;
            var previousParagraph = attributed.TryGetValue(paragraph - 1, out var before) ? before[^1] : null;
            var draft = new Draft();
            draft.Content.AddRange(quote.Pieces);
            if (same is not null)
            {
                draft.Speaker = same.Speaker;
                draft.Confidence = 0.6;
                draft.Sieve = SameParagraph;
            }
            else if (quote.First == FirstTokenOf(c, paragraph) && previousParagraph is { } previous)
            {
                draft.Speaker = previous.Speaker;
                draft.Confidence = 0.5;
                draft.Sieve = PreviousParagraph;
            }
            else
            {
                draft.Confidence = 0.3;
                draft.Sieve = Unattributed;
            }

            drafts.Add(draft);
        }
    }

    /// <summary>
    /// The draft whose first token is nearest <paramref name="token"/> (of two as near, the one before; of drafts
    /// starting at one token, the first): what a stable sort by distance would put first.
    /// </summary>
    private static Draft Nearest(List<Draft> sorted, int token)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].FirstToken < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // sorted[lo] is the first at or after the token; the run of the last start before it begins at `before`.
        var before = lo - 1;
        while (before > 0 && sorted[before - 1].FirstToken == sorted[lo - 1].FirstToken)
        {
            before--;
        }

        if (lo == sorted.Count)
        {
            return sorted[before];
        }

        if (before < 0)
        {
            return sorted[lo];
        }

        return token - sorted[before].FirstToken <= sorted[lo].FirstToken - token ? sorted[before] : sorted[lo];
    }

    private static int FirstTokenOf(QuoteContext c, int paragraph)
        => c.Tokens.FirstStartingAtOrAfter(c.Paragraphs[paragraph].Span.Start);
}
