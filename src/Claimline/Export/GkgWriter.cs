using System.Globalization;
using System.Security;
using System.Text;
using Claimline.Entities;
using Claimline.Entities.Resolution;
using Claimline.Model;

namespace Claimline.Export;

/// <summary>
/// Writes analyzed documents in the GDELT Global Knowledge Graph 2.1 layout: 27 tab-separated columns, one row per
/// article, so that tools written for GDELT's GKG files read Claimline's output (column by column in docs/export.md).
/// Claimline fills what it extracts: persons, organizations and locations (FIPS country codes, coordinates, character
/// offsets), every name, dates, quotations and amounts, the word count and the page title. It leaves empty what it
/// does not compute (themes, tone, GCAM dimensions other than the word count, images, event-typed counts) rather than
/// write made-up values.
/// </summary>
public static class GkgWriter
{
    /// <summary>The 27 column names of GKG 2.1, in order (the files themselves have no header row).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
        "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS",
        "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM",
        "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
        "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
    ];

    /// <summary>GDELT's collection codes: 1 for a web page with a URL, 2 for a document known only by a citation.</summary>
    private const string WebCollection = "1";
    private const string CitationCollection = "2";

    private static readonly Lazy<HashSet<string>> s_divisionWords = new(
        () => new HashSet<string>(Resources.ResourceFile.ReadList("Export/Resources/division-words.txt"), StringComparer.OrdinalIgnoreCase));

    /// <summary>Writes one article as one GKG row; <paramref name="sequence"/> makes its record id unique in the file.</summary>
    public static void Write(TextWriter writer, Document document, long sequence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Row(document, sequence));
        writer.Write('\n');
    }

    /// <summary>One article as a GKG row of 27 tab-separated fields (without the line end).</summary>
    public static string Row(Document document, long sequence)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Meta;
        var text = document.Text;
        var date = meta.Published is { } published ? published.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "";

        var referents = document.TryGet(Layers.Referents, out var r) ? r : (IReadOnlyList<Referent>)[];
        var words = document.TryGet(Layers.Tokens, out var tokens) ? Text.TextStatistics.CountWords(tokens) : 0;
        var fields = new string[Columns.Count];
        fields[0] = $"{(date.Length == 0 ? "00000000000000" : date)}-{sequence.ToString(CultureInfo.InvariantCulture)}";
        fields[1] = date;
        fields[2] = meta.Url is null ? CitationCollection : WebCollection;
        fields[3] = Flat(SourceName(meta));
        fields[4] = Flat(meta.Url ?? Citation(meta));
        fields[5] = "";
        fields[6] = "";
        fields[7] = "";
        fields[8] = "";
        (fields[9], fields[10]) = Locations(referents);
        (fields[11], fields[12]) = Names(referents, ReferentKind.Person);
        (fields[13], fields[14]) = Names(referents, ReferentKind.Organization);
        fields[15] = "";
        fields[16] = Dates(document);
        fields[17] = "wc:" + words.ToString(CultureInfo.InvariantCulture);
        fields[18] = "";
        fields[19] = "";
        fields[20] = "";
        fields[21] = "";
        fields[22] = Quotations(document, text);
        fields[23] = AllNames(document, text);
        fields[24] = Amounts(document);
        fields[25] = "";
        fields[26] = Extras(meta);
        return string.Join('\t', fields);
    }

    private static string SourceName(DocumentMeta meta)
    {
        if (meta.Url is not null && Uri.TryCreate(meta.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        }

        return meta.Source ?? "";
    }

    internal static string Citation(DocumentMeta meta)
        => string.Join(", ", new[] { meta.Source, meta.Title, meta.Id }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>V1 locations (each place once: <c>Type#Name#Country#ADM1#Lat#Long#FeatureID</c>) and V2 (each mention, with ADM2 and the offset).</summary>
    private static (string V1, string V2) Locations(IReadOnlyList<Referent> referents)
    {
        var v1 = new List<string>();
        var v2 = new List<(int Offset, string Value)>();
        foreach (var referent in referents)
        {
            if (referent.Kind is not (ReferentKind.Country or ReferentKind.Place) || referent.Country is null)
            {
                continue;
            }

            var fips = FipsCountryCodes.FromIso(referent.Country);
            if (fips is null)
            {
                continue;
            }

            var type = LocationType(referent);
            var name = Clean(referent.Canonical);
            var (lat, lng) = referent.Location is { } point ? (Coordinate(point.Latitude), Coordinate(point.Longitude)) : ("", "");
            var feature = referent.Kind == ReferentKind.Country ? fips : "";
            v1.Add($"{type}#{name}#{fips}#{fips}#{lat}#{lng}#{feature}");
            foreach (var mention in referent.Mentions)
            {
                v2.Add((mention.Start, $"{type}#{name}#{fips}#{fips}##{lat}#{lng}#{feature}#{mention.Start.ToString(CultureInfo.InvariantCulture)}"));
            }
        }

        return (string.Join(';', v1.Distinct(StringComparer.Ordinal)), string.Join(';', v2.OrderBy(v => v.Offset).Select(v => v.Value)));
    }

    /// <summary>GDELT's location types: 1 country, 2 U.S. state, 3 U.S. city, 4 world city, 5 world state (a first-level division).</summary>
    internal static int LocationType(Referent referent)
    {
        if (referent.Kind == ReferentKind.Country)
        {
            return 1;
        }

        var name = referent.Canonical;
        var space = name.LastIndexOf(' ');
        // A bare name that is both a town and a division (Odesa, Kherson) is the town in news; "the Kherson region" is not.
        var geocoder = Geocoder.English;
        var division = (geocoder.IsDivision(name) && !geocoder.IsTown(name))
            || (space > 0 && s_divisionWords.Value.Contains(name[(space + 1)..]) && geocoder.IsDivision(name[..space]));
        return referent.Country == "US" ? (division ? 2 : 3) : (division ? 5 : 4);
    }

    private static (string V1, string V2) Names(IReadOnlyList<Referent> referents, ReferentKind kind)
    {
        var names = new List<string>();
        var mentions = new List<(int Offset, string Value)>();
        foreach (var referent in referents.Where(r => r.Kind == kind))
        {
            var name = Clean(referent.Canonical);
            names.Add(name);
            mentions.AddRange(referent.Mentions.Select(m => (m.Start, $"{name},{m.Start.ToString(CultureInfo.InvariantCulture)}")));
        }

        return (string.Join(';', names.Distinct(StringComparer.Ordinal)), string.Join(';', mentions.OrderBy(m => m.Offset).Select(m => m.Value)));
    }

    /// <summary>Calendar dates: <c>Resolution#Month#Day#Year#Offset</c>, resolution 3 for a day, 2 for a month, 1 for a year.</summary>
    private static string Dates(Document document)
    {
        if (!document.TryGet(Layers.Times, out var times))
        {
            return "";
        }

        var dates = new List<string>();
        foreach (var time in times.Where(t => t.Type == "DATE"))
        {
            var value = time.Value;
            var offset = time.Span.Start.ToString(CultureInfo.InvariantCulture);
            if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                dates.Add($"3#{day.Month}#{day.Day}#{day.Year}#{offset}");
            }
            else if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                dates.Add($"2#{month.Month}#0#{month.Year}#{offset}");
            }
            else if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                dates.Add($"1#0#0#{year}#{offset}");
            }
        }

        return string.Join(';', dates);
    }

    /// <summary>Direct and mixed quotes: <c>Offset|Length|Verb|Quote</c>, joined by <c>#</c>, one per quoted piece.</summary>
    private static string Quotations(Document document, string text)
    {
        if (!document.TryGet(Layers.Quotes, out var quotes))
        {
            return "";
        }

        var list = new List<string>();
        foreach (var quote in quotes.Where(q => q.Kind != Quotes.QuoteKind.Indirect))
        {
            var verb = quote.Cue is { } cue ? Clean(cue.Of(text)) : "";
            foreach (var piece in quote.Content)
            {
                var words = Clean(piece.Of(text).Trim('"', '“', '”', '‘', '’', '\''));
                if (words.Length > 0)
                {
                    list.Add($"{piece.Start.ToString(CultureInfo.InvariantCulture)}|{piece.Length.ToString(CultureInfo.InvariantCulture)}|{verb}|{words}");
                }
            }
        }

        return string.Join('#', list);
    }

    /// <summary>Every proper name the tagger found, as written: <c>Name,Offset</c>.</summary>
    private static string AllNames(Document document, string text)
        => document.TryGet(Layers.Entities, out var entities)
            ? string.Join(';', entities.Select(e => $"{Clean(e.Span.Of(text))},{e.Span.Start.ToString(CultureInfo.InvariantCulture)}"))
            : "";

    /// <summary>Every number with what it counts: <c>Amount,Object,Offset</c> (a range gives its lower bound, as GDELT does).</summary>
    private static string Amounts(Document document)
    {
        if (!document.TryGet(Layers.Quantities, out var quantities))
        {
            return "";
        }

        return string.Join(';', quantities.Select(q =>
        {
            var amount = (q.Value ?? q.Low).ToString("0.##", CultureInfo.InvariantCulture);
            var thing = q.Counted?.Text ?? q.Unit ?? "";
            return $"{amount},{Clean(thing)},{q.Span.Start.ToString(CultureInfo.InvariantCulture)}";
        }));
    }

    private static string Extras(DocumentMeta meta)
    {
        var xml = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(meta.Title))
        {
            xml.Append("<PAGE_TITLE>").Append(SecurityElement.Escape(Clean(meta.Title))).Append("</PAGE_TITLE>");
        }

        if (!string.IsNullOrWhiteSpace(meta.Byline))
        {
            xml.Append("<PAGE_AUTHORS>").Append(SecurityElement.Escape(Clean(meta.Byline))).Append("</PAGE_AUTHORS>");
        }

        return xml.ToString();
    }

    private static string Coordinate(double degrees) => degrees.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A whole-field value (a URL, a citation) made safe for the layout: control characters become spaces; URLs keep their <c>#</c> and <c>;</c>.</summary>
    internal static string Flat(string value) => string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();

    /// <summary>
    /// A value made safe for the layout: the delimiters GKG uses inside fields (<c>; # , |</c>) and every control
    /// character (tabs and line ends would break the row) become spaces, and runs of spaces one.
    /// </summary>
    internal static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            var blank = c is ';' or '#' or ',' or '|' || char.IsControl(c) || char.IsWhiteSpace(c);
            if (blank)
            {
                if (!space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = true;
                continue;
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString().TrimEnd();
    }
}
