using System.Globalization;
using Claimline.Resources;

namespace Claimline.Events.Dictionaries;

/// <summary>
/// Phoenix's actor dictionaries for international bodies and non-state groups (<c>Phoenix.International.actors.txt</c>,
/// <c>Phoenix.MilNonState.actors.txt</c>, MIT): a name and its <c>+</c> synonyms → a code (<c>UNITED_NATIONS_ [IGOUNO]</c>),
/// possibly restricted to dates (<c>[IGOWSTNAT 951205-991006]</c>: a secretary-general's term). Countries are not read
/// from here: Claimline's referents already carry their country, and <c>countries.tsv</c> gives its CAMEO code.
/// </summary>
public sealed class ActorDictionary
{
    private static readonly Lazy<ActorDictionary> s_english = new(() => Load(
        "Events/Resources/cameo/Phoenix.International.actors.txt",
        "Events/Resources/cameo/Phoenix.MilNonState.actors.txt",
        "Events/Resources/cameo/actors-extra.txt"));

    private readonly Dictionary<string, List<DatedCode>> _names;

    private ActorDictionary(Dictionary<string, List<DatedCode>> names) => _names = names;

    /// <summary>The dictionaries shipped with Claimline.</summary>
    public static ActorDictionary English => s_english.Value;

    /// <summary>Names known.</summary>
    public int Count => _names.Count;

    /// <summary>
    /// The code of a name (any case; a leading <c>the</c>, dots and apostrophes ignored) on a date (<c>YYYY-MM-DD</c>, or
    /// null for the default): the restriction that holds on the date, else the undated code; null when unknown.
    /// </summary>
    public string? Lookup(string name, string? date = null)
    {
        if (!_names.TryGetValue(Normalize(name), out var codes))
        {
            return null;
        }

        var day = date is { Length: >= 10 } && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        string? fallback = null;
        foreach (var code in codes)
        {
            if (code.From is null && code.To is null)
            {
                fallback ??= code.Code;
            }
            else if (day is { } on && (code.From is null || on >= code.From) && (code.To is null || on <= code.To))
            {
                return code.Code;
            }
        }

        return fallback;
    }

    public static ActorDictionary Load(params string[] paths)
    {
        var names = new Dictionary<string, List<DatedCode>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var group = new List<string>();
            var codes = new List<DatedCode>();

            void Flush()
            {
                if (group.Count > 0 && codes.Count > 0)
                {
                    foreach (var name in group)
                    {
                        if (!names.TryGetValue(name, out var list))
                        {
                            names[name] = list = [];
                        }

                        list.AddRange(codes);
                    }
                }

                group.Clear();
                codes.Clear();
            }

            foreach (var (_, raw) in ResourceFile.ReadLines(path))
            {
                var hash = raw.IndexOf('#', StringComparison.Ordinal);
                var text = hash >= 0 ? raw[..hash] : raw;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                var startsName = !char.IsWhiteSpace(text[0]);
                var trimmed = text.Trim();
                if (startsName && !trimmed.StartsWith('+'))
                {
                    Flush();
                }

                var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
                var phrase = (bracket >= 0 ? trimmed[..bracket] : trimmed).Trim().TrimStart('+');
                if (startsName && phrase.Length > 0)
                {
                    group.Add(Normalize(phrase));
                }

                foreach (var (_, code) in BracketCodes.All(trimmed, allowEmpty: false))
                {
                    codes.Add(DatedCode.Parse(code));
                }
            }

            Flush();
        }

        return new ActorDictionary(names);
    }

    internal static string Normalize(string name)
    {
        var words = name.ToUpperInvariant().Replace(".", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal)
            .Split(['_', ' ', ','], StringSplitOptions.RemoveEmptyEntries);
        var skip = words.Length > 1 && words[0] == "THE" ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }

    /// <summary>A code, valid from and to a day (inclusive) or always.</summary>
    private sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
    {
        public static DatedCode Parse(string text)
        {
            // IGOUNO | IGOWSTNAT 951205-991006 | IGOUNOIAE >091201 | USAGOV <450703
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                return new DatedCode(parts.Length == 0 ? string.Empty : parts[0], null, null);
            }

            var range = parts[1];
            if (range.StartsWith('>'))
            {
                return new DatedCode(parts[0], Day(range[1..]), null);
            }

            if (range.StartsWith('<'))
            {
                return new DatedCode(parts[0], null, Day(range[1..]));
            }

            var dash = range.IndexOf('-', StringComparison.Ordinal);
            return dash > 0 ? new DatedCode(parts[0], Day(range[..dash]), Day(range[(dash + 1)..])) : new DatedCode(parts[0], null, null);
        }

        /// <summary>YYYYMMDD or YYMMDD (TABARI's two-digit years: 00–29 are 20xx).</summary>
        private static DateOnly? Day(string digits)
        {
            if (digits.Length == 6 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var six))
            {
                var yy = six / 10000;
                digits = (yy < 30 ? 2000 + yy : 1900 + yy).ToString(CultureInfo.InvariantCulture) + digits[2..];
            }

            return DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        }
    }
}
