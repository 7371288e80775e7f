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
        var attributed = drafts.Where(d => d.Speaker is not null).OrderBy(d => d.FirstToken).ToList();
        foreach (var quote in quotes)
        {
            if (quote.Taken || quote.WordCount < 4)
            {
                continue;
            }

            quote.Taken = true;
            var paragraph = c.ParagraphOf[quote.First];
            var same = attributed.Where(d => c.ParagraphOf[d.FirstToken] == paragraph).OrderBy(d => Math.Abs(d.FirstToken - quote.First)).FirstOrDefault();
            var draft = new Draft();
            draft.Content.AddRange(quote.Pieces);
            if (same is not null)
            {
                draft.Speaker = same.Speaker;
                draft.Confidence = 0.6;
                draft.Sieve = SameParagraph;
            }
            else if (quote.First == FirstTokenOf(c, paragraph)
                && attributed.LastOrDefault(d => c.ParagraphOf[d.FirstToken] == paragraph - 1) is { } previous)
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

    private static int FirstTokenOf(QuoteContext c, int paragraph)
        => c.Tokens.FirstStartingAtOrAfter(c.Paragraphs[paragraph].Span.Start);
}
