using System.Globalization;
using Claimline.Model;
using Claimline.Text;

namespace Claimline.Time;

/// <summary>
/// Turns the tokens of a sentence into <see cref="TimeToken"/>s: hyphenated compounds are split into their parts
/// (<c>mid-November</c> → <c>mid</c> <c>-</c> <c>November</c>), each word is looked up once in the lexicon and each
/// number gets the built-in classes its shape allows.
/// </summary>
internal sealed class TimeTokenView(TimeLexicon lexicon)
{
    private readonly TimeClasses _c = lexicon.Classes;

    public void Add(string text, Token token, List<TimeToken> output)
    {
        var start = token.Span.Start;
        var end = token.Span.End;
        if (token.Kind is not (TokenKind.Word or TokenKind.Number))
        {
            // Dashes are left without a literal id so that `-` in a rule means only a hyphen inside a word.
            var (exact, anyCase) = token.Kind == TokenKind.Dash ? (null, null) : lexicon.Lookup(text.AsSpan(start, end - start));
            output.Add(new TimeToken(start, end, TimeTokenKind.Other, (exact?.Mask ?? 0) | (anyCase?.Mask ?? 0), anyCase?.Literal ?? -1, exact, anyCase, -1));
            return;
        }

        var pieceStart = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] is '-' or '\u2010' or '\u2011')
            {
                AddPiece(text, pieceStart, i, output);
                output.Add(new TimeToken(i, i + 1, TimeTokenKind.Hyphen, 0, lexicon.LiteralId("-"), null, null, -1));
                pieceStart = i + 1;
            }
        }

        AddPiece(text, pieceStart, end, output);
    }

    private void AddPiece(string text, int start, int end, List<TimeToken> output)
    {
        var piece = text.AsSpan(start, end - start);
        if (piece.Length > 0 && (char.IsAsciiDigit(piece[0]) || (piece.Length > 1 && piece[0] is '\'' or '’' && char.IsAsciiDigit(piece[1]))))
        {
            var mask = NumberMask(piece, out var number);
            output.Add(new TimeToken(start, end, TimeTokenKind.Number, mask, -1, null, null, number));
            return;
        }

        var (exact, anyCase) = lexicon.Lookup(piece);
        output.Add(new TimeToken(start, end, TimeTokenKind.Word, (exact?.Mask ?? 0) | (anyCase?.Mask ?? 0), anyCase?.Literal ?? -1, exact, anyCase, -1));
    }

    /// <summary>The built-in classes of a number by its shape; <paramref name="number"/> is its integer value where it has one.</summary>
    internal ulong NumberMask(ReadOnlySpan<char> s, out int number)
    {
        number = -1;
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            // '90s
            return s.Length == 4 && char.IsAsciiDigit(s[2]) && s[3] == 's' ? Bit(_c.Decade) : 0;
        }

        var rest = s[digits..];
        if (rest.IsEmpty)
        {
            if (digits > 9)
            {
                return Bit(_c.Digits);
            }

            number = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
            var mask = Bit(_c.Digits);
            if (digits == 4 && number is >= 1600 and <= 2199)
            {
                mask |= Bit(_c.Year);
            }

            if (digits <= 2)
            {
                mask |= number is >= 1 and <= 31 ? Bit(_c.Day) : 0;
                mask |= number is >= 1 and <= 12 ? Bit(_c.Month2) : 0;
                mask |= number <= 24 ? Bit(_c.Hour) : 0;
                mask |= digits == 2 && number <= 59 ? Bit(_c.Minute2) : 0;
                mask |= digits == 2 ? Bit(_c.Yy) : 0;
            }

            return mask;
        }

        if (digits <= 3 && rest.Length == 2 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            number = int.Parse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            return Bit(_c.OrdNum) | (number is >= 1 and <= 31 ? Bit(_c.Day) : 0);
        }

        if (rest is "s" && ((digits == 4 && s[3] == '0') || (digits == 2 && s[1] == '0')))
        {
            number = int.Parse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            return Bit(_c.Decade);
        }

        if (digits <= 2 && rest.Length == 3 && rest[0] == ':' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]))
        {
            number = int.Parse(s[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            return number <= 24 ? Bit(_c.Clock) : 0;
        }

        if (s is "1/2")
        {
            return Bit(_c.Half);
        }

        if (IsSlashDate(s))
        {
            return Bit(_c.SlashDate);
        }

        // 8,000 and 1.5 are numbers, though not dates.
        foreach (var ch in rest)
        {
            if (!(char.IsAsciiDigit(ch) || ch is ',' or '.'))
            {
                return 0;
            }
        }

        return Bit(_c.Digits);
    }

    /// <summary>The normalized form of a built-in class for the text of a number token.</summary>
    internal string BuiltInNorm(int classId, ReadOnlySpan<char> s, int number)
    {
        if (classId == _c.Year)
        {
            return s.ToString();
        }

        if (classId == _c.Day || classId == _c.Month2 || classId == _c.Hour || classId == _c.Minute2)
        {
            return number.ToString("00", CultureInfo.InvariantCulture);
        }

        if (classId == _c.OrdNum || classId == _c.Yy)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        if (classId == _c.Decade)
        {
            if (s[0] is '\'' or '’')
            {
                var d = s[1] - '0';
                return (d >= 3 ? "19" : "20") + (char)('0' + d);
            }

            return number >= 100 ? (number / 10).ToString(CultureInfo.InvariantCulture) : (number >= 30 ? "19" : "20") + (number / 10);
        }

        if (classId == _c.Clock)
        {
            var colon = s.IndexOf(':');
            return number.ToString("00", CultureInfo.InvariantCulture) + ":" + s[(colon + 1)..].ToString();
        }

        if (classId == _c.SlashDate)
        {
            var first = s.IndexOf('/');
            var second = first + 1 + s[(first + 1)..].IndexOf('/');
            var month = int.Parse(s[..first], NumberStyles.None, CultureInfo.InvariantCulture);
            var day = int.Parse(s[(first + 1)..second], NumberStyles.None, CultureInfo.InvariantCulture);
            var year = int.Parse(s[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture);
            year = year < 100 ? (year >= 30 ? 1900 + year : 2000 + year) : year;
            return $"{year:0000}-{month:00}-{day:00}";
        }

        return s.ToString().Replace(",", "", StringComparison.Ordinal);
    }

    private static bool IsSlashDate(ReadOnlySpan<char> s)
    {
        // m/d/yy or m/d/yyyy, with a plausible month and day.
        var first = s.IndexOf('/');
        if (first is < 1 or > 2)
        {
            return false;
        }

        var tail = s[(first + 1)..];
        var second = tail.IndexOf('/');
        if (second is < 1 or > 2 || (tail.Length - second - 1) is not (2 or 4))
        {
            return false;
        }

        return int.TryParse(s[..first], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            && int.TryParse(tail[..second], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            && int.TryParse(tail[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static ulong Bit(int id) => 1UL << id;
}
