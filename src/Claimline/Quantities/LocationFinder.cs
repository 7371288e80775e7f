using Claimline.Entities.Resolution;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Quantities;

/// <summary>
/// The place attached to counted things: after the counted phrase, within the clause (up to ten tokens, not over a
/// comma, dash, quotation mark or another number), a preposition of <c>location-prepositions.txt</c> and a named
/// place, possibly with a possessive and a place noun (<c>on Kenya’s border</c>, <c>in Ukraine’s Kherson region</c>);
/// or <c>there</c>, which stands for the last place after <c>to</c>/<c>in</c> in this sentence or the one before.
/// </summary>
internal static class LocationFinder
{
    private const int Window = 10;

    public static QuantityLocation? Find(in TokenView view, int from, int end, int numberStart, int searchBackTo, QuantityLexicon lexicon, MentionIndex mentions)
    {
        for (var k = from; k < end && k < from + Window; k++)
        {
            var kind = view[k].Kind;
            if (kind is TokenKind.Terminal or TokenKind.Punctuation or TokenKind.Dash or TokenKind.Quote or TokenKind.Number)
            {
                return null;
            }

            if (kind != TokenKind.Word)
            {
                continue;
            }

            var word = view.Word(k);
            if (word.Equals("there", StringComparison.Ordinal))
            {
                return There(view, numberStart, searchBackTo, lexicon, mentions);
            }

            if (lexicon.LocationPrepositions.Contains(word) && Place(view, k + 1, end, lexicon, mentions) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>A named place from token <paramref name="m"/>: a leading <c>the</c>, mentions, possessives and place nouns.</summary>
    private static QuantityLocation? Place(in TokenView view, int m, int end, QuantityLexicon lexicon, MentionIndex mentions)
    {
        if (m < end && view.Is(m, "the"))
        {
            m++;
        }

        var start = m;
        Referent? last = null;
        while (m < end)
        {
            if (mentions.At(view[m].Span.Start) is { } mention && IsPlace(mention.Referent))
            {
                last = mention.Referent;
                while (m < end && view[m].Span.Start < mention.Span.End)
                {
                    m++;
                }
            }
            else if (last is not null && view[m].Kind == TokenKind.Clitic)
            {
                m++;
            }
            else if (last is not null && view[m].Kind == TokenKind.Word && lexicon.PlaceNouns.Contains(view.Word(m)))
            {
                m++;
            }
            else
            {
                break;
            }
        }

        if (last is null)
        {
            return null;
        }

        var span = new TextSpan(view[start].Span.Start, view[m - 1].Span.End);
        return new QuantityLocation(span, span.Of(view.Text), last.Key, last.Canonical);
    }

    private static QuantityLocation? There(in TokenView view, int numberStart, int searchBackTo, QuantityLexicon lexicon, MentionIndex mentions)
    {
        for (var k = numberStart - 1; k >= searchBackTo; k--)
        {
            if (view[k].Kind == TokenKind.Word && lexicon.TherePrepositions.Contains(view.Word(k))
                && Place(view, k + 1, numberStart, lexicon, mentions) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private static bool IsPlace(Referent referent)
        => referent.Kind is ReferentKind.Country or ReferentKind.Place or ReferentKind.Other;
}
