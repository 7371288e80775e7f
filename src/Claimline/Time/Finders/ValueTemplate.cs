using System.Globalization;
using System.Text;

namespace Claimline.Time.Finders;

/// <summary>
/// A rule's value with <c>{name}</c> and <c>{name|filter}</c> holes for the captures. Filters: <c>pm</c> (add 12 to
/// an hour before noon), <c>am</c> (12 becomes 00), <c>prev</c> (one less, two digits: the 20th century is <c>19</c>), <c>pad2</c> (two digits: <c>nineteen five</c> is <c>1905</c>).
/// </summary>
internal sealed class ValueTemplate
{
    private readonly (string? Literal, int Slot, string? Filter)[] _parts;

    private ValueTemplate((string?, int, string?)[] parts, string source)
    {
        _parts = parts;
        Source = source;
    }

    public string Source { get; }

    public static ValueTemplate Parse(string template, string[] captureNames, Func<string, Exception> error)
    {
        var parts = new List<(string?, int, string?)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add((template[i..], -1, null));
                break;
            }

            if (open > i)
            {
                parts.Add((template[i..open], -1, null));
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw error($"unclosed '{{' in value '{template}'");
            }

            var hole = template[(open + 1)..close];
            var bar = hole.IndexOf('|', StringComparison.Ordinal);
            var name = bar < 0 ? hole : hole[..bar];
            var filter = bar < 0 ? null : hole[(bar + 1)..];
            var slot = Array.IndexOf(captureNames, name);
            if (slot < 0)
            {
                throw error($"value uses '{{{name}}}', which the pattern does not capture");
            }

            if (filter is not (null or "pm" or "am" or "prev" or "pad2"))
            {
                throw error($"unknown filter '{filter}' (pm, am, prev or pad2)");
            }

            parts.Add((null, slot, filter));
            i = close + 1;
        }

        return new ValueTemplate([.. parts], template);
    }

    /// <summary>Fills the holes with the captures' normalized forms; a capture of an optional part that did not match is empty.</summary>
    public string Fill(Func<int, string?> capture)
    {
        if (_parts.Length == 1 && _parts[0].Literal is { } only)
        {
            return only;
        }

        var result = new StringBuilder();
        foreach (var (literal, slot, filter) in _parts)
        {
            if (literal is not null)
            {
                result.Append(literal);
                continue;
            }

            var value = capture(slot) ?? "";
            result.Append(filter switch
            {
                "pm" => ApplyHour(value, h => h < 12 ? h + 12 : h),
                "am" => ApplyHour(value, h => h == 12 ? 0 : h),
                "prev" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n - 1).ToString("00", CultureInfo.InvariantCulture) : value,
                "pad2" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d < 100 ? d.ToString("00", CultureInfo.InvariantCulture) : value,
                _ => value,
            });
        }

        return result.ToString();
    }

    private static string ApplyHour(string value, Func<int, int> change)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var hourText = colon < 0 ? value : value[..colon];
        return int.TryParse(hourText, NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            ? change(hour).ToString("00", CultureInfo.InvariantCulture) + (colon < 0 ? "" : value[colon..])
            : value;
    }
}
