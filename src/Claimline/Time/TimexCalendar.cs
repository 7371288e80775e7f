using System.Globalization;

namespace Claimline.Time;

/// <summary>How fine a date value is: <c>2024-10-30</c> is a day, <c>2024-W43</c> a week, <c>199</c> a decade.</summary>
internal enum Granularity : byte
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>Date arithmetic on TIMEX3 values: formatting a date at a granularity, shifting by units, reading a value back.</summary>
internal static class TimexCalendar
{
    /// <summary>The granularity a unit designator of the lexicon (Y M W D Q DE CE …) stands for; time units count as days.</summary>
    public static Granularity FromUnit(string unit) => unit switch
    {
        "Y" => Granularity.Year,
        "M" => Granularity.Month,
        "W" or "WE" => Granularity.Week,
        "Q" => Granularity.Quarter,
        "DE" => Granularity.Decade,
        "CE" => Granularity.Century,
        _ => Granularity.Day,
    };

    public static DateOnly Shift(DateOnly date, Granularity unit, int count) => unit switch
    {
        Granularity.Day => date.AddDays(count),
        Granularity.Week => date.AddDays(7 * count),
        Granularity.Month => date.AddMonths(count),
        Granularity.Quarter => date.AddMonths(3 * count),
        Granularity.Year => date.AddYears(count),
        Granularity.Decade => date.AddYears(10 * count),
        _ => date.AddYears(100 * count),
    };

    public static string Format(DateOnly date, Granularity granularity)
    {
        var inv = CultureInfo.InvariantCulture;
        return granularity switch
        {
            Granularity.Day => date.ToString("yyyy-MM-dd", inv),
            Granularity.Week => $"{ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)):0000}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}",
            Granularity.Month => date.ToString("yyyy-MM", inv),
            Granularity.Quarter => $"{date.Year:0000}-Q{((date.Month - 1) / 3) + 1}",
            Granularity.Year => date.Year.ToString("0000", inv),
            Granularity.Decade => (date.Year / 10).ToString("000", inv),
            _ => (date.Year / 100).ToString("00", inv),
        };
    }

    /// <summary>Reads a concrete date value (day, week, month, quarter, year), giving its first day; false for anything else.</summary>
    public static bool TryParse(string value, out DateOnly date, out Granularity granularity)
    {
        date = default;
        granularity = Granularity.Day;
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return false;
        }

        if (value.Length == 4)
        {
            granularity = Granularity.Year;
            date = new DateOnly(year, 1, 1);
            return true;
        }

        var rest = value.AsSpan(4);
        if (rest.Length >= 3 && rest[0] == '-' && rest[1] == 'Q' && rest[2] is >= '1' and <= '4')
        {
            granularity = Granularity.Quarter;
            date = new DateOnly(year, ((rest[2] - '1') * 3) + 1, 1);
            return true;
        }

        if (rest.Length >= 4 && rest[0] == '-' && rest[1] == 'W' && int.TryParse(rest.Slice(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week is >= 1 and <= 53)
        {
            granularity = Granularity.Week;
            date = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            return true;
        }

        if (rest.Length >= 3 && rest[0] == '-' && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            if (rest.Length >= 6 && rest[3] == '-' && int.TryParse(rest.Slice(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                granularity = Granularity.Day;
                date = new DateOnly(year, month, day);
                return true;
            }

            granularity = Granularity.Month;
            date = new DateOnly(year, month, 1);
            return true;
        }

        return false;
    }

    /// <summary>ISO weekday number, Monday 1 … Sunday 7.</summary>
    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
}
