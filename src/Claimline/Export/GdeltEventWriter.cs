using System.Globalization;
using Claimline.Entities.Resolution;
using Claimline.Events;
using Claimline.Events.Actors;
using Claimline.Events.Cameo;
using Claimline.Model;
using Claimline.Resources;

namespace Claimline.Export;

/// <summary>
/// Writes the events layer in the GDELT 2.0 Events layout: 61 tab-separated columns (names in
/// <c>Resources/gdelt-events-columns.txt</c>), no header row, one row per event, so that tools written for GDELT's
/// event files read Claimline's. Negated events (<c>denied attacking</c>) are not written: a GDELT row says the event
/// happened. Fields Claimline does not compute (ethnic and religious codes, ADM1/ADM2 codes, tone) are left empty;
/// column by column in docs/export.md.
/// </summary>
public static class GdeltEventWriter
{
    private static readonly Lazy<IReadOnlyList<string>> s_columns = new(() => ResourceFile.ReadList("Export/Resources/gdelt-events-columns.txt"));

    private static readonly Lazy<HashSet<string>> s_knownGroups = new(() => Codes("Export/Resources/cameo-knowngroups.txt"));

    private static readonly Lazy<HashSet<string>> s_types = new(() => Codes("Events/Resources/cameo/CAMEO.type.txt"));

    /// <summary>The 61 column names of GDELT 2.0 Events, in order.</summary>
    public static IReadOnlyList<string> Columns => s_columns.Value;

    /// <summary>
    /// Writes the rows of one document's events. <paramref name="eventId"/> gives each event's GLOBALEVENTID from its
    /// index in the layer (the store's row id); an event it has none for is skipped. <paramref name="added"/> is when
    /// the document was stored (DATEADDED).
    /// </summary>
    public static void Write(TextWriter writer, Document document, Func<int, long?> eventId, DateTime? added)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var row in Rows(document, eventId, added))
        {
            writer.Write(row);
            writer.Write('\n');
        }
    }

    /// <summary>The rows of one document's events, without line ends, in the layer's order.</summary>
    public static IEnumerable<string> Rows(Document document, Func<int, long?> eventId, DateTime? added)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(eventId);
        if (!document.TryGet(Layers.Events, out var events) || events.Count == 0)
        {
            yield break;
        }

        var sentences = document.TryGet(Layers.Sentences, out var s) ? s.Select(x => x.Span.Start).ToArray() : [];
        var referents = document.TryGet(Layers.Referents, out var r) ? r.ToDictionary(x => x.Key, StringComparer.Ordinal) : [];
        var rootOfSentence = new HashSet<int>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Negated || eventId(i) is not { } id)
            {
                continue;
            }

            // IsRootEvent: the first written event of its sentence (GDELT marks events of the lead paragraph; a
            // sentence is the unit the coder reads, so its first event is the one its other events elaborate).
            var sentence = SentenceOf(sentences, e.Span.Start);
            yield return Row(document, e, id, rootOfSentence.Add(sentence), referents, added);
        }
    }

    private static string Row(Document document, Event e, long id, bool isRoot, Dictionary<string, Referent> referents, DateTime? added)
    {
        var meta = document.Meta;
        var fields = new string[61];
        Array.Fill(fields, "");
        fields[0] = Number(id);
        if (EventDay.Of(e.Date, meta.Published) is { } day)
        {
            fields[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            fields[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
            fields[3] = day.ToString("yyyy", CultureInfo.InvariantCulture);
            fields[4] = FractionDate(day);
        }

        WriteActor(fields, 5, e.Source);
        WriteActor(fields, 15, e.Target);
        fields[25] = isRoot ? "1" : "0";
        fields[26] = e.Code;
        fields[27] = e.BaseCode;
        fields[28] = e.RootCode;
        fields[29] = Number(CameoCodes.QuadClass(e.Code));
        fields[30] = CameoCodes.English.Goldstein(e.Code).ToString("0.0", CultureInfo.InvariantCulture);
        // One article, one mention: GDELT's counts are over the articles of a 15-minute update.
        fields[31] = "1";
        fields[32] = "1";
        fields[33] = "1";
        // AvgTone (34) stays empty: Claimline has no tone model, and 0 would read as neutral.
        WriteGeo(fields, 35, ActorPlace(e.Source, referents));
        WriteGeo(fields, 43, ActorPlace(e.Target, referents));
        WriteGeo(fields, 51, ActionPlace(e.Place, referents));
        fields[59] = added is { } at ? at.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "";
        fields[60] = GkgWriter.Flat(meta.Url ?? GkgWriter.Citation(meta));
        return string.Join('\t', fields);
    }

    /// <summary>
    /// Code, name, CAMEO country, known group, ethnic, two religions and three types, from <paramref name="at"/> on.
    /// A code of <c>---</c> plus a role (no country could be told) is written as the role alone, as GDELT does.
    /// </summary>
    private static void WriteActor(string[] fields, int at, EventActor actor)
    {
        var code = actor.Code.StartsWith("---", StringComparison.Ordinal) ? actor.Code[3..] : actor.Code;
        var countries = CountryCodes.English;
        var country = countries.Cameo(actor.Country)
            ?? (code.Length >= 3 && countries.IsCountry(code[..3]) ? code[..3] : null);
        fields[at] = Field(code);
        fields[at + 1] = Field(actor.Name).ToUpperInvariant();
        fields[at + 2] = country ?? "";
        var rest = country is not null && code.StartsWith(country, StringComparison.Ordinal) ? code[country.Length..] : code;
        var types = new List<string>();
        for (var i = 0; i + 3 <= rest.Length; i += 3)
        {
            var part = rest.Substring(i, 3);
            // A body with its own code (UNO, NATO's NAT) is its known group first: GDELT's type table lists UNO too.
            if (fields[at + 3].Length == 0 && s_knownGroups.Value.Contains(part))
            {
                fields[at + 3] = part;
            }
            else if (s_types.Value.Contains(part))
            {
                types.Add(part);
            }
        }

        for (var i = 0; i < Math.Min(3, types.Count); i++)
        {
            fields[at + 7 + i] = types[i];
        }
    }

    /// <summary>A place for GDELT's geography: type, full name, FIPS country, latitude, longitude, feature id.</summary>
    private readonly record struct GeoPlace(int Type, string Name, string? Fips, GeoPoint? Point);

    /// <summary>Where the actor is: its own referent when that is a country or place with a location, else its country as the article names it.</summary>
    private static GeoPlace? ActorPlace(EventActor actor, Dictionary<string, Referent> referents)
    {
        if (actor.Key is { } key && referents.TryGetValue(key, out var own) && own.Location is not null && own.Country is not null)
        {
            return FromReferent(own);
        }

        return actor.Country is { } country && referents.TryGetValue("country:" + country, out var home) && home.Location is not null
            ? FromReferent(home)
            : null;
    }

    private static GeoPlace? ActionPlace(EventPlace? place, Dictionary<string, Referent> referents)
    {
        if (place is null)
        {
            return null;
        }

        if (place.Key is { } key && referents.TryGetValue(key, out var referent) && referent.Country is not null)
        {
            return FromReferent(referent) with { Point = place.Location ?? referent.Location };
        }

        var country = place.Key?.StartsWith("country:", StringComparison.Ordinal) == true;
        return new GeoPlace(country ? 1 : place.Country == "US" ? 3 : 4, place.Name, FipsCountryCodes.FromIso(place.Country), place.Location);
    }

    private static GeoPlace FromReferent(Referent referent)
        => new(GkgWriter.LocationType(referent), referent.Canonical, FipsCountryCodes.FromIso(referent.Country), referent.Location);

    /// <summary>Type, FullName, CountryCode (FIPS), ADM1 and ADM2 (empty: divisions are not coded), Lat, Long, FeatureID (the FIPS code for a country).</summary>
    private static void WriteGeo(string[] fields, int at, GeoPlace? place)
    {
        if (place is not { } p)
        {
            // GDELT writes type 0 and nothing else where it found no location.
            fields[at] = "0";
            return;
        }

        fields[at] = Number(p.Type);
        fields[at + 1] = Field(p.Name);
        fields[at + 2] = p.Fips ?? "";
        if (p.Point is { } point)
        {
            fields[at + 5] = point.Latitude.ToString("0.####", CultureInfo.InvariantCulture);
            fields[at + 6] = point.Longitude.ToString("0.####", CultureInfo.InvariantCulture);
        }

        fields[at + 7] = p.Type == 1 ? p.Fips ?? "" : "";
    }

    /// <summary>GDELT's YYYY.FFFF: the year plus the share of it completed by that day (1 January is .0027).</summary>
    private static string FractionDate(DateOnly day)
    {
        var length = DateTime.IsLeapYear(day.Year) ? 366.0 : 365.0;
        return (day.Year + Math.Min(day.DayOfYear / length, 0.9999)).ToString("0.0000", CultureInfo.InvariantCulture);
    }

    private static int SentenceOf(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>A name made safe for a tab-separated row: control characters (tabs, line ends) become spaces.</summary>
    private static string Field(string value) => GkgWriter.Flat(value);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static HashSet<string> Codes(string path)
        => ResourceFile.ReadTable(path, "CODE", "LABEL").Select(r => r.Fields[0].Trim()).ToHashSet(StringComparer.Ordinal);
}
