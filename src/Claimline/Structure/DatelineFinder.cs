using Claimline.Model;

namespace Claimline.Structure;

/// <summary>
/// Recognises a dateline at the start of a paragraph in its common wire forms:
/// <c>WASHINGTON (AP) —</c>, <c>UNITED NATIONS (AP) —</c>, <c>KYIV, Ukraine (AP) —</c>, <c>LONDON (Reuters) -</c>,
/// <c>LONDON, Nov 1 (Reuters) -</c>, <c>NAIROBI, Kenya (AP) _</c>, <c>WASHINGTON —</c>.
/// The place is one or more upper-case words; then up to two comma-separated parts (a region or country, or a
/// date as written); then an optional agency in parentheses; then a dash (—, –, -, --, _) followed by white space.
/// A dateline with an agency may stand alone in its paragraph, with the story in the next one.
/// A hand-written scanner rather than a regular expression: it looks at no more than <see cref="MaxLength"/>
/// characters, so it is cheap on any paragraph.
/// </summary>
public static class DatelineFinder
{
    /// <summary>The longest dateline considered, in characters.</summary>
    public const int MaxLength = 160;

    /// <summary>A dateline found at the start of a paragraph.</summary>
    public readonly record struct Match(TextSpan Span, TextSpan Place, TextSpan? Region, TextSpan? Agency);

    /// <param name="text">The document's text.</param>
    /// <param name="paragraph">The paragraph that may open with a dateline.</param>
    /// <param name="allowColon">Also take <c>KARACHI: …</c>, the form of much South Asian and Middle Eastern press. Only at
    /// the top of a document: further down, an upper-case word and a colon is a transcript's speaker.</param>
    public static Match? Find(string text, TextSpan paragraph, bool allowColon = false)
    {
        var limit = Math.Min(paragraph.End, paragraph.Start + MaxLength);
        var p = paragraph.Start;

        // Place: upper-case words separated by single spaces.
        var placeEnd = ScanUpperWords(text, p, limit, out var upperLetters);
        if (placeEnd <= p || upperLetters < 2)
        {
            return null;
        }

        var place = new TextSpan(p, placeEnd);
        p = placeEnd;

        // Up to two ", Part" segments: a region or country (Ukraine, Calif.) or a date as written (Nov 1).
        TextSpan? region = null;
        for (var part = 0; part < 2 && p + 2 < limit && text[p] == ',' && text[p + 1] == ' '; part++)
        {
            var partEnd = ScanTitleWords(text, p + 2, limit);
            if (partEnd <= p + 2)
            {
                return null;
            }

            region = region is null ? new TextSpan(p + 2, partEnd) : new TextSpan(region.Value.Start, partEnd);
            p = partEnd;
        }

        // Optional agency in parentheses.
        TextSpan? agency = null;
        var q = SkipSpaces(text, p, limit);
        if (q < limit && text[q] == '(')
        {
            var close = text.IndexOf(')', q, Math.Min(limit - q, 48));
            if (close < 0 || close == q + 1 || !char.IsLetter(text[q + 1]) || text.AsSpan(q, close - q).Contains('\n'))
            {
                return null;
            }

            agency = new TextSpan(q + 1, close);
            p = close + 1;
            q = SkipSpaces(text, p, limit);
        }

        if (allowColon && agency is null && upperLetters >= 3 && q + 1 < paragraph.End && text[q] == ':' && text[q + 1] == ' ')
        {
            return new Match(new TextSpan(paragraph.Start, q + 1), place, region, null);
        }

        // The dash, followed by white space or the end of the paragraph.
        var dashLength = DashLength(text, q, limit);
        if (dashLength > 0)
        {
            var after = q + dashLength;
            if (after < paragraph.End && !char.IsWhiteSpace(text[after]))
            {
                return null;
            }

            return new Match(new TextSpan(paragraph.Start, after), place, region, agency);
        }

        // "NAIROBI, Kenya (AP)" alone on its line, the story below it.
        if (agency is not null && (q >= paragraph.End || text[q] == '\n' || text[q] == '\r'))
        {
            return new Match(new TextSpan(paragraph.Start, p), place, region, agency);
        }

        return null;
    }

    private static int ScanUpperWords(string text, int p, int limit, out int upperLetters)
    {
        upperLetters = 0;
        var end = p;
        var i = p;
        while (i < limit)
        {
            // A word: starts with an upper-case letter, has no lower-case letter; may hold . ' ’ - inside.
            if (!char.IsUpper(text[i]))
            {
                break;
            }

            var j = i;
            while (j < limit && (char.IsUpper(text[j]) || text[j] is '.' or '\'' or '’' or '-'))
            {
                if (char.IsUpper(text[j]))
                {
                    upperLetters++;
                }

                j++;
            }

            if (j < limit && char.IsLetterOrDigit(text[j]))
            {
                // "WASHINGTONian" or "NATO2": not an all-upper word.
                return end;
            }

            end = j;
            if (j + 1 < limit && text[j] == ' ' && char.IsUpper(text[j + 1]))
            {
                i = j + 1;
                continue;
            }

            break;
        }

        return end;
    }

    private static int ScanTitleWords(string text, int p, int limit)
    {
        var end = p;
        var i = p;
        for (var words = 0; words < 4 && i < limit; words++)
        {
            if (!char.IsUpper(text[i]) && !char.IsDigit(text[i]))
            {
                break;
            }

            var j = i;
            while (j < limit && (char.IsLetterOrDigit(text[j]) || text[j] is '.' or '\'' or '’' or '-'))
            {
                j++;
            }

            end = j;
            if (j + 1 < limit && text[j] == ' ' && (char.IsUpper(text[j + 1]) || char.IsDigit(text[j + 1])))
            {
                i = j + 1;
                continue;
            }

            break;
        }

        return end;
    }

    private static int SkipSpaces(string text, int p, int limit)
    {
        while (p < limit && text[p] is ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        return p;
    }

    private static int DashLength(string text, int q, int limit)
    {
        if (q >= limit)
        {
            return 0;
        }

        return text[q] switch
        {
            '—' or '–' or '―' or '_' => 1,
            '-' => q + 1 < limit && text[q + 1] == '-' ? 2 : 1,
            _ => 0,
        };
    }
}
