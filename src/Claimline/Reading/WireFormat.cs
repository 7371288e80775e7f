using System.Globalization;
using Claimline.Model;

namespace Claimline.Reading;

/// <summary>
/// The wire format: the first line, after any leading white space, is <c>date YYYY-MM-DD</c>, optionally followed
/// on the same line by a photo caption. The text is kept whole; the header's span goes into
/// <see cref="DocumentMeta.Header"/> and its date becomes the publication date.
/// </summary>
public static class WireFormat
{
    private const string Keyword = "date ";

    /// <summary>Whether <paramref name="text"/> starts with a wire header.</summary>
    public static bool Detect(string text) => TryFindHeader(text, out _, out _);

    /// <summary>Reads the header of a wire file. Throws <see cref="InputException"/> for a header with an impossible date.</summary>
    public static Document Read(string text, string id, string origin)
    {
        if (!TryFindHeader(text, out var header, out var dateText))
        {
            throw new InputException(origin, "not in the wire format: the first line must be 'date YYYY-MM-DD'");
        }

        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InputException(origin, $"the header date '{dateText}' is not a valid date (YYYY-MM-DD)");
        }

        return new Document(text, new DocumentMeta(id, Published: date, Origin: origin, Header: header));
    }

    private static bool TryFindHeader(string text, out TextSpan header, out string dateText)
    {
        header = default;
        dateText = "";
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = start + Keyword.Length + 10;
        if (end > text.Length || string.CompareOrdinal(text, start, Keyword, 0, Keyword.Length) != 0)
        {
            return false;
        }

        var date = text.AsSpan(start + Keyword.Length, 10);
        for (var i = 0; i < 10; i++)
        {
            var expectDash = i is 4 or 7;
            if (expectDash ? date[i] != '-' : !char.IsAsciiDigit(date[i]))
            {
                return false;
            }
        }

        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        header = new TextSpan(start, end);
        dateText = date.ToString();
        return true;
    }
}
