using Claimline.Text;

namespace Claimline.Quotes.Finders;

/// <summary>
/// Pairs quotation marks into direct quotes. Curly and guillemet marks say which way they face; a straight <c>"</c>
/// opens when nothing is open and closes otherwise, unless it is glued to a number (an inch sign). Single marks inside
/// a double quote are a nested quote (part of it); elsewhere a ‘ that a ’ closes later in the paragraph is a quote of
/// its own (the headline convention), and a lone ’ is an apostrophe. A quote still open at the end of
/// a paragraph continues when the next paragraph opens with a mark (the news convention for a quote over several
/// paragraphs); otherwise it ends with its paragraph.
/// </summary>
internal static class QuoteMarkFinder
{
    public static List<DirectQuote> Find(QuoteContext context)
    {
        var result = new List<DirectQuote>();
        DirectQuote? open = null;
        var pieceStart = -1;
        var i = 0;
        var n = context.Count;
        while (i < n)
        {
            var paragraph = context.ParagraphOf[i];
            var end = i;
            while (end + 1 < n && context.ParagraphOf[end + 1] == paragraph)
            {
                end++;
            }

            if (open is not null)
            {
                if (IsOpening(context, i))
                {
                    pieceStart = i;
                }
                else
                {
                    Finish(context, result, open);
                    open = null;
                }
            }

            for (var t = i; t <= end; t++)
            {
                if (context.Kind(t) != TokenKind.Quote || t == pieceStart)
                {
                    continue;
                }

                var mark = context.Word(t);
                if (mark == "\"" && IsInchMark(context, t))
                {
                    continue;
                }

                // `''` is both: the New York Times writes two apostrophes for either mark, so it pairs like a straight `"`.
                var opening = mark is "“" or "``" or "«" or "\"" or "''";

                // A line that opens with a closing mark (`”We will …”`, a common typing slip) opens a quote when the
                // paragraph closes one later: nothing is open for it to close.
                opening |= mark == "”" && open is null && context.StartsLine(t) && ClosesLater(context, t + 1, end);
                var closing = mark is "”" or "''" or "»" or "\"";

                // Single marks quote at the top level where nothing else does: a headline's quote (`Mayor says ‘harbor
                // will reopen’`). Only a ‘ that a ’ closes later in the paragraph opens one, and only that ’ closes it.
                if (open is null && mark == "‘" && SingleClosesLater(context, t + 1, end) is var singleEnd and >= 0)
                {
                    var single = new DirectQuote();
                    single.Pieces.Add((t, singleEnd));
                    Finish(context, result, single);
                    t = singleEnd;
                    continue;
                }

                if (open is null)
                {
                    if (opening)
                    {
                        open = new DirectQuote();
                        pieceStart = t;
                    }
                }
                else if (closing)
                {
                    open.Pieces.Add((pieceStart, t));
                    Finish(context, result, open);
                    open = null;
                    pieceStart = -1;
                }
                else if (opening)
                {
                    // An opening mark inside an open quote of the same paragraph: the first was never closed; start again here.
                    open = new DirectQuote();
                    pieceStart = t;
                }
            }

            if (open is not null)
            {
                open.Pieces.Add((pieceStart, end));
                if (end + 1 >= n || !IsOpening(context, end + 1))
                {
                    Finish(context, result, open);
                    open = null;
                }

                pieceStart = -1;
            }

            i = end + 1;
        }

        return result;
    }

    /// <summary>The first ’ after <paramref name="from"/> in the paragraph that ends a word run (not `harbor’s`), or -1.</summary>
    private static int SingleClosesLater(QuoteContext context, int from, int end)
    {
        for (var t = from; t <= end; t++)
        {
            if (context.Kind(t) == TokenKind.Quote && context.Word(t) == "’")
            {
                return t;
            }

            if (context.Kind(t) == TokenKind.Quote && context.Word(t) is "“" or "\"" or "‘")
            {
                // Another quote opens first: the ‘ was an apostrophe or a slip, not a quote of its own.
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A straight mark glued to a number is an inch or seconds sign (`a 12" pipe`, `5'10"`), not a quotation mark.</summary>
    private static bool IsInchMark(QuoteContext context, int t)
        => t > 0 && context.Kind(t - 1) == TokenKind.Number && context.Tokens[t - 1].Span.End == context.Tokens[t].Span.Start;

    private static bool ClosesLater(QuoteContext context, int from, int end)
    {
        for (var t = from; t <= end; t++)
        {
            if (context.Kind(t) == TokenKind.Quote && context.Word(t) is "”" or "\"")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpening(QuoteContext context, int i)
        => context.Kind(i) == TokenKind.Quote && context.Word(i) is "“" or "``" or "«" or "\"" or "''";

    private static void Finish(QuoteContext context, List<DirectQuote> result, DirectQuote quote)
    {
        if (quote.Pieces.Count == 0)
        {
            return;
        }

        var index = result.Count;
        foreach (var (first, last) in quote.Pieces)
        {
            for (var t = first; t <= last; t++)
            {
                context.DirectOf[t] = index;
                if (context.Kind(t) is TokenKind.Word or TokenKind.Number)
                {
                    quote.WordCount++;
                }
            }
        }

        result.Add(quote);
    }
}
