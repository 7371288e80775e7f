using System.Globalization;

namespace Claimline.Export;

/// <summary>
/// The calendar day an event is counted on: its own date where that names a day (<c>2025-04-10</c>, or a time on that
/// day), else the day the document was published. A month (<c>2025-04</c>), a week, a year or no date is not a day,
/// and GDELT, which needs one per event, dates such events by the article too.
/// </summary>
public static class EventDay
{
    public static DateOnly? Of(string? timex, DateOnly? published)
    {
        if (timex is { Length: >= 10 } && (timex.Length == 10 || timex[10] == 'T')
            && DateOnly.TryParseExact(timex.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return published;
    }

    /// <summary>The day as <c>YYYY-MM-DD</c>, or null.</summary>
    public static string? Format(string? timex, DateOnly? published)
        => Of(timex, published)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
