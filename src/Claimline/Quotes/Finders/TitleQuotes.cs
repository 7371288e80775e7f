using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Titles of works in quotation marks are no quotes: <c>she appeared on “The Morning Hour,”</c>, <c>his book “How
/// Cities Learn to Fail,”</c>. A quotation is a title when its words are in Title Case (every word of four letters or
/// more after the first is capitalized), it is short, no sentence ends inside it, and a word that introduces a title
/// stands just before it (<c>Resources/en/title-context.tsv</c>: a noun for a work or <c>titled</c> within three words, a
/// preposition, a determiner or a possessive right before it). Such quotes are marked taken before the sieves run, so none of them attributes one.
/// A Title-Case quote without such a word before it stays speech: <c>“Never Again,” she said.</c>
/// </summary>
internal static class TitleQuotes
{
    // Titles and show names are short; a longer Title-Case quotation is a headline someone wrote or said.
    private const int MaxWords = 10;

    public static void Mark(QuoteContext c, List<DirectQuote> quotes)
    {
        foreach (var quote in quotes)
        {
            if (!quote.Taken && quote.Pieces.Count == 1 && quote.WordCount <= MaxWords && IsTitleCase(c, quote) && HasTitleContext(c, quote.First))
            {
                quote.Taken = true;
                c.InTitle.AsSpan(quote.First, quote.Last - quote.First + 1).Fill(true);
            }
        }
    }

    private static bool IsTitleCase(QuoteContext c, DirectQuote quote)
    {
        var last = quote.Last;
        if (c.Kind(last) == TokenKind.Quote)
        {
            last--;
        }

        // A closing comma or period belongs to the sentence around the title (`on “The Morning Hour,” she said`).
        while (last > quote.First && c.Kind(last) is TokenKind.Terminal or TokenKind.Punctuation && c.Lower[last] is "," or ".")
        {
            last--;
        }

        var words = 0;
        var capitalized = 0;
        for (var t = quote.First + 1; t <= last; t++)
        {
            if (c.Kind(t) == TokenKind.Terminal)
            {
                return false;
            }

            if (c.Kind(t) != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (words == 1)
            {
                if (!c.IsCapitalized(t))
                {
                    return false;
                }

                continue;
            }

            if (c.Lower[t].Length >= 4)
            {
                if (!c.IsCapitalized(t))
                {
                    return false;
                }

                capitalized++;
            }
        }

        return capitalized > 0;
    }

    private static bool HasTitleContext(QuoteContext c, int open)
    {
        var sentence = c.SentenceOf[open];
        for (var t = open - 1; t >= 0 && open - t <= 3 && c.SentenceOf[t] == sentence; t--)
        {
            if (c.Lexicon.TitleContext.TryGetValue(c.Lower[t], out var reach) && open - t <= reach)
            {
                return true;
            }
        }

        return false;
    }
}
