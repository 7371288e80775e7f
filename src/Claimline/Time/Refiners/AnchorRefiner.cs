using System.Globalization;

namespace Claimline.Time.Refiners;

/// <summary>
/// Resolves the values the finders leave open, in document order, against the document creation time (DCT) and the
/// reference time — the last concrete date the text mentioned, which starts as the DCT:
/// <list type="bullet">
/// <item><c>REL(dct|ref|ago|period,UNIT,N)</c>: the anchor shifted by N units, at the unit's granularity (<c>last week</c> →
/// <c>2024-W43</c>); anchored on the reference time it keeps the reference's granularity when that is finer
/// (<c>a year earlier</c> after <c>the third quarter</c> → <c>1988-Q3</c>; <c>period</c> is the reference too, but
/// never finer than a quarter); <c>ago</c> is the DCT, except that a year
/// ago while the text speaks of a quarter is that quarter a year before. An unknown count gives PAST_REF or FUTURE_REF.</item>
/// <item><c>WD(D)</c>: a bare weekday — with a past or no tense the latest such day on or before the DCT, with a future
/// tense the next one on or after it; <c>WD(D,-1)</c> (last Monday) strictly before, <c>WD(D,+1)</c> strictly after.</item>
/// <item><c>MONTH(MM,N)</c>: the month strictly before (-1) or after (+1) the DCT's month, or in its year (0).</item>
/// <item><c>XXXX-…</c>: a date without a year (<c>Oct. 30</c>, <c>the third quarter</c>) gets the year that puts it
/// on the side of the DCT its sentence's tense says, allowing a quarter's slack (see <see cref="YearByTense"/>).</item>
/// <item><c>DUR(N,UNIT)</c>: a duration (<c>P1Y</c>, <c>PT4H</c>, decades as <c>P20Y</c>).</item>
/// </list>
/// Text after the closing parenthesis is appended (<c>REL(dct,D,-1)TNI</c> → <c>2024-10-30TNI</c>).
/// Without a DCT, values that need one stay unresolved (<c>XXXX-10-30</c>, <c>XXXX-WXX-4</c>, PAST_REF).
/// </summary>
internal sealed class AnchorRefiner
{
    /// <summary>The reference time carried from one expression to the next within a document.</summary>
    internal sealed class State(DateOnly? dct)
    {
        public DateOnly? Dct { get; } = dct;

        public DateOnly? Reference { get; set; } = dct;

        public Granularity ReferenceGranularity { get; set; } = Granularity.Day;

        /// <summary>Whether the reference is still the DCT itself, no date having been mentioned yet.</summary>
        public bool ReferenceIsDct { get; set; } = true;
    }

    /// <summary>Resolves one value; <paramref name="tense"/> is asked only when the value depends on it.</summary>
    public (string Value, string? Anchor) Resolve(string value, string type, State state, Func<Tense> tense)
    {
        var (value2, anchor) = ResolveCore(value, type, state, tense);

        // Only dates found on their own move the reference: "a year earlier" twice in a row means the same year, not two.
        if (anchor != "ref" && type is "DATE" or "TIME" && TimexCalendar.TryParse(value2, out var date, out var granularity))
        {
            state.Reference = date;
            state.ReferenceGranularity = granularity;
            state.ReferenceIsDct = false;
        }

        // "For the nine months, net rose ... a year earlier": a period of several quarters ends the talk of one quarter.
        if (type == "DURATION" && state.ReferenceGranularity == Granularity.Quarter && value2.Length >= 3 && value2[0] == 'P'
            && value2[^1] is 'M' or 'Y' && int.TryParse(value2.AsSpan(1, value2.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && (value2[^1] == 'Y' || count >= 6))
        {
            state.ReferenceGranularity = Granularity.Year;
        }

        return (value2, anchor);
    }

    private static (string, string?) ResolveCore(string value, string type, State state, Func<Tense> tense)
    {
        var open = value.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && value.IndexOf(')', open) is var close and > 0)
        {
            var name = value[..open];
            var args = value[(open + 1)..close].Split(',');
            var suffix = value[(close + 1)..];
            return name switch
            {
                "REL" when args.Length == 3 && args[0] is "dct" or "ref" or "ago" or "period" => Relative(args[0], args[1], args[2], suffix, state, tense),
                "WD" => Weekday(args, suffix, state, tense),
                "MONTH" when args.Length == 2 => Month(args[0], args[1], suffix, state),
                "DUR" when args.Length == 2 => (Duration(args[0], args[1]), null),
                "SAMEQ" when args.Length is 1 or 2 => (SameQuarter(args[0], args.Length == 2, state), "ref"),
                _ => (value, null),
            };
        }

        if (type is "DATE" or "TIME" && value.StartsWith("XXXX-", StringComparison.Ordinal) && state.Dct is { } dct)
        {
            return (ComputedDay(YearByTense(value, dct, tense)), "tense");
        }

        return (value, null);
    }

    /// <summary>
    /// <c>SAMEQ(YYYY)</c>, "the 1988 period": while the text speaks of a quarter, that quarter of the given year;
    /// otherwise the year. <c>SAMEQ(YYYY,latest)</c>, "the 1988 quarter": otherwise the quarter before the DCT's.
    /// </summary>
    private static string SameQuarter(string year, bool latest, State state)
    {
        var quarterOf = state.ReferenceGranularity == Granularity.Quarter ? state.Reference
            : latest && state.Dct is { } dct ? dct.AddMonths(-3) : null;
        return quarterOf is { } date ? year + "-Q" + (((date.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture) : year;
    }

    /// <summary>
    /// Days that holidays compute (lexicon norms): <c>YYYY-11-N4D4</c> is the fourth Thursday of November
    /// (Thanksgiving), <c>N5</c> the last such weekday of the month (Memorial Day), <c>YYYY-04-EA</c> Easter Sunday.
    /// </summary>
    internal static string ComputedDay(string value)
    {
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year is < 1 or > 9999)
        {
            return value;
        }

        var rest = value.AsSpan(8);
        DateOnly day;
        if (rest.Length >= 4 && rest[0] == 'N' && rest[2] == 'D' && rest[1] is >= '1' and <= '5' && rest[3] is >= '1' and <= '7')
        {
            var n = rest[1] - '0';
            var weekday = rest[3] - '0';
            var first = new DateOnly(year, month, 1);
            day = first.AddDays((weekday - TimexCalendar.IsoDay(first) + 7) % 7 + (7 * (n - 1)));
            if (day.Month != month)
            {
                day = day.AddDays(-7);
            }

            rest = rest[4..];
        }
        else if (rest.StartsWith("EA", StringComparison.Ordinal))
        {
            day = Easter(year);
            rest = rest[2..];
        }
        else
        {
            return value;
        }

        return TimexCalendar.Format(day, Granularity.Day) + rest.ToString();
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static (string, string?) Relative(string anchor, string unit, string count, string suffix, State state, Func<Tense> tense)
    {
        var sign = count.StartsWith('-') ? -1 : 1;
        var digits = count.TrimStart('-', '+');
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return (sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }

        if (state.Dct is not { } dct)
        {
            return (n == 0 ? "PRESENT_REF" : sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
        }

        var granularity = TimexCalendar.FromUnit(unit);

        // Business news compares quarters: "a year ago" while the text speaks of the third quarter is that quarter a year before.
        var quarterTalk = anchor == "ago" && granularity == Granularity.Year && state.ReferenceGranularity == Granularity.Quarter && n != 0;
        var onReference = (anchor is "ref" or "period" || quarterTalk) && state.Reference is not null && state.ReferenceGranularity <= granularity;
        var from = onReference ? state.Reference!.Value : dct;
        // "a year earlier" keeps the reference's granularity (the same quarter a year before); "later that year" is the year.
        var at = onReference && n != 0 && !state.ReferenceIsDct ? state.ReferenceGranularity : granularity;
        // A reporting period ("the year-ago quarter" after "the quarter ended Sept. 30") is a quarter at the finest.
        if (anchor == "period" && at < Granularity.Quarter)
        {
            at = Granularity.Quarter;
        }

        // "the weekend" told in the past on a weekday is the one just gone, not the one ahead in the same ISO week.
        var weeks = unit == "WE" && n == 0 && !onReference && TimexCalendar.IsoDay(dct) <= 5 && tense() is Tense.Past or Tense.Gone ? -1 : 0;
        var shifted = TimexCalendar.Shift(from, granularity, (sign * n) + weeks);
        var formatted = TimexCalendar.Format(shifted, at);
        if (unit == "WE")
        {
            formatted += "-WE";
        }

        return (formatted + suffix, onReference ? "ref" : "dct");
    }

    private static (string, string?) Weekday(string[] args, string suffix, State state, Func<Tense> tense)
    {
        if (!int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 7)
        {
            return ("XXXX-WXX-" + args[0] + suffix, null);
        }

        if (state.Dct is not { } dct)
        {
            return ("XXXX-WXX-" + day + suffix, null);
        }

        var direction = args.Length > 1 ? args[1].Trim() : "0";
        var today = TimexCalendar.IsoDay(dct);
        DateOnly result;
        string anchor;
        if (direction == "-1")
        {
            var back = (today - day + 7) % 7;
            result = dct.AddDays(-(back == 0 ? 7 : back));
            anchor = "dct";
        }
        else if (direction is "+1" or "1")
        {
            var ahead = (day - today + 7) % 7;
            result = dct.AddDays(ahead == 0 ? 7 : ahead);
            anchor = "dct";
        }
        else
        {
            // News writes scheduled events in the present ("the talks resume Monday"), reports in the past.
            result = tense() is Tense.Future or Tense.Present ? dct.AddDays((day - today + 7) % 7) : dct.AddDays(-((today - day + 7) % 7));
            anchor = "tense";
        }

        return (TimexCalendar.Format(result, Granularity.Day) + suffix, anchor);
    }

    private static (string, string?) Month(string month, string direction, string suffix, State state)
    {
        if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12 || state.Dct is not { } dct)
        {
            return ("XXXX-" + month + suffix, null);
        }

        var year = direction.Trim() switch
        {
            "-1" => m < dct.Month ? dct.Year : dct.Year - 1,
            "+1" or "1" => m > dct.Month ? dct.Year : dct.Year + 1,
            _ => dct.Year,
        };
        return ($"{year:0000}-{m:00}{suffix}", "dct");
    }

    private static string Duration(string count, string unit)
    {
        var n = count.TrimStart('+');
        var isNumber = decimal.TryParse(n, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount);
        // A half goes to the next smaller unit, as TimeML writes it: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
        if (isNumber && amount - decimal.Truncate(amount) == 0.5m && amount >= 1)
        {
            var whole = decimal.Truncate(amount).ToString(CultureInfo.InvariantCulture);
            switch (unit)
            {
                case "Y": return "P" + whole + "Y6M";
                case "D": return "P" + whole + "DT12H";
                case "TH": return "PT" + whole + "H30M";
                case "TM": return "PT" + whole + "M30S";
            }
        }

        return unit switch
        {
            "TH" => "PT" + n + "H",
            "TM" => "PT" + n + "M",
            "TS" => "PT" + n + "S",
            "DE" => isNumber ? "P" + (amount * 10).ToString(CultureInfo.InvariantCulture) + "Y" : "P" + n + "DE",
            "CE" => isNumber ? "P" + (amount * 100).ToString(CultureInfo.InvariantCulture) + "Y" : "P" + n + "CE",
            "WE" => isNumber ? "P" + (amount * 2).ToString(CultureInfo.InvariantCulture) + "D" : "P" + n + "WE",
            _ => "P" + n + unit,
        };
    }

    /// <summary>
    /// The year of a year-less date (<c>XXXX-12-15</c>, <c>XXXX-01</c>, <c>XXXX-Q3</c>): of the occurrences in the
    /// DCT's year and the years around it, with a past tense the latest that is not more than a quarter after the DCT,
    /// with a future tense the earliest that is not more than a quarter before it, and otherwise the nearest. The slack
    /// is there because news sentences in the past tense often announce dates just ahead ("said it would pay by Jan. 14").
    /// </summary>
    private static string YearByTense(string value, DateOnly dct, Func<Tense> tense)
    {
        var rest = value[5..];
        int month, day = 1;
        var lastDayOf = 1;
        if (rest.Length >= 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            month = ((rest[1] - '1') * 3) + 1;
            lastDayOf = 3;
        }
        else if (rest.Length < 2 || !int.TryParse(rest.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12)
        {
            return dct.Year.ToString("0000", CultureInfo.InvariantCulture) + value[4..];
        }
        else if (!(rest.Length >= 5 && rest[2] == '-' && int.TryParse(rest.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day >= 1 && day <= 28))
        {
            day = Math.Clamp(day, 1, 28);
        }
        else
        {
            lastDayOf = 0;
        }

        const int Slack = 92;
        var t = tense();
        var best = dct.Year;
        var bestScore = int.MaxValue;
        for (var year = dct.Year - 1; year <= dct.Year + 1; year++)
        {
            // A month or quarter counts as past once it has begun, as future until it ends.
            var start = new DateOnly(year, month, day);
            var end = lastDayOf == 0 ? start : start.AddMonths(lastDayOf).AddDays(-1);
            var offset = (t == Tense.Future ? end : start).DayNumber - dct.DayNumber;
            var allowed = t switch
            {
                // Results are reported for quarters that have begun ("earned $5 million in the fiscal first quarter").
                Tense.Past => offset <= (rest[0] == 'Q' ? 0 : Slack),
                Tense.Gone => offset <= 0,
                Tense.Future => offset >= -Slack,
                _ => true,
            };
            var score = t switch
            {
                Tense.Past or Tense.Gone => -offset,
                Tense.Future => offset,
                _ => Math.Abs(offset),
            };
            if (allowed && score < bestScore)
            {
                best = year;
                bestScore = score;
            }
        }

        return best.ToString("0000", CultureInfo.InvariantCulture) + value[4..];
    }
}
