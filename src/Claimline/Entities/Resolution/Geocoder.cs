using System.Globalization;
using System.IO.Compression;
using Claimline.Resources;

namespace Claimline.Entities.Resolution;

/// <summary>A point on the map, in degrees (WGS 84).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>
/// Gives places coordinates from the tables in <c>Entities/Resources/geo/</c> (GeoNames populated places and
/// first-level divisions, CC-BY 4.0; world-countries points, ODbL 1.0): a country's representative point, a
/// division's (the mean of its places), a town's. A town name shared by several countries is placed only when the
/// article names one of them; otherwise it stays without coordinates rather than on a guessed continent.
/// Loaded on first use (about 170,000 places), then read-only and shared: from the compiled image of the place table
/// beside the assembly when it is current (<see cref="PlaceTable"/>, <c>claimline compile-resources</c>), otherwise
/// parsed from the text.
/// </summary>
public sealed class Geocoder
{
    private const string Folder = "Entities/Resources/geo/";
    private const string PlacesFile = Folder + "places.tsv.gz";

    private static readonly Lazy<Geocoder> s_english = new(Load);

    private readonly Dictionary<string, GeoPoint> _countries;
    private readonly Dictionary<string, List<(string Country, GeoPoint Point)>> _regions;
    private readonly PlaceTable _places;

    private Geocoder(
        Dictionary<string, GeoPoint> countries,
        Dictionary<string, List<(string Country, GeoPoint Point)>> regions,
        PlaceTable places)
    {
        _countries = countries;
        _regions = regions;
        _places = places;
    }

    public static Geocoder English => s_english.Value;

    public GeoPoint? Country(string code) => _countries.TryGetValue(code, out var point) ? point : null;

    /// <summary>
    /// A division or town by name, preferring the countries the article names (<paramref name="context"/>, ISO codes).
    /// Returns null when the name is unknown, or ambiguous across countries with none of them in the context.
    /// </summary>
    public (GeoPoint Point, string Country)? Place(string name, IReadOnlySet<string> context)
    {
        // Divisions before towns, but ambiguity is judged over both: "Valencia" is a Spanish region and towns in
        // five other countries, so it is placed only when the article names one of those countries.
        var normalized = NameForms.Normalize(name);
        var candidates = new List<(string Country, GeoPoint Point)>();
        if (_regions.TryGetValue(normalized, out var regions))
        {
            candidates.AddRange(regions);
        }

        _places.AddTo(normalized, candidates);

        if (candidates.Count == 0)
        {
            return null;
        }

        foreach (var (country, point) in candidates)
        {
            if (context.Contains(country))
            {
                return (point, country);
            }
        }

        var first = candidates[0].Country;
        return candidates.TrueForAll(c => c.Country == first) ? (candidates[0].Point, first) : null;
    }

    /// <summary>Whether the name is a first-level division somewhere (a region or province, not a town), for exports that tell them apart.</summary>
    public bool IsDivision(string name) => _regions.ContainsKey(NameForms.Normalize(name));

    /// <summary>Whether the name is a populated place somewhere (Odesa is a town and a division).</summary>
    public bool IsTown(string name) => _places.Contains(NameForms.Normalize(name));

    /// <summary>The places' table as the text gives it (the source of truth; tests compare the image with it).</summary>
    internal static PlaceTable ParsePlaces()
    {
        // About 170,000 lines, read on every start: parsed in place (no split strings), the country codes shared.
        var places = new Dictionary<string, List<(string, GeoPoint)>>(200_000, StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        using var reader = new StreamReader(new GZipStream(ResourceFile.Open(PlacesFile), CompressionMode.Decompress), bufferSize: 1 << 16);
        var header = false;
        Span<Range> fields = stackalloc Range[6];
        while (reader.ReadLine() is { } text)
        {
            var line = text.AsSpan();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!header)
            {
                header = true;
                continue;
            }

            if (line.Split(fields, '\t') == 5)
            {
                var code = line[fields[1]];
                if (!codes.TryGetValue(code, out var country))
                {
                    country = code.ToString();
                    codes[code] = country;
                }

                Add(places, line[fields[0]], country, new GeoPoint(Number(line[fields[3]]), Number(line[fields[4]])));
            }
        }

        return PlaceTable.FromDictionary(places);
    }

    /// <summary>Writes the image of the place table into <paramref name="folder"/> (<c>claimline compile-resources</c>); returns its path.</summary>
    public static string CompilePlaces(string folder)
    {
        var path = Path.Combine(folder, PlaceTable.ImageName);
        CompiledResource.Write(path, CompiledResource.Key(PlaceTable.Format, PlacesFile), PlaceTable.Compile(ParsePlaces()));
        return path;
    }

    /// <summary>The place table from its image in <see cref="CompiledResource.Folder"/> when that is current, else from the text.</summary>
    internal static PlaceTable LoadPlaces()
        => CompiledResource.TryRead(PlaceTable.ImageName, () => CompiledResource.Key(PlaceTable.Format, PlacesFile)) is { } image
            && PlaceTable.FromImage(image) is { } compiled
            ? compiled
            : ParsePlaces();

    private static Geocoder Load()
    {
        var countries = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "countries.tsv", "code", "lat", "lng"))
        {
            countries[f[0]] = new GeoPoint(Number(f[1]), Number(f[2]));
        }

        var regions = new Dictionary<string, List<(string, GeoPoint)>>(StringComparer.Ordinal);
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "regions.tsv", "code", "name", "lat", "lng"))
        {
            Add(regions, f[1], f[0][..f[0].IndexOf('.', StringComparison.Ordinal)], new GeoPoint(Number(f[2]), Number(f[3])));
        }

        return new Geocoder(countries, regions, LoadPlaces());
    }

    private static void Add(Dictionary<string, List<(string, GeoPoint)>> table, ReadOnlySpan<char> name, string country, GeoPoint point)
    {
        var key = NameForms.Normalize(name);
        if (!table.TryGetValue(key, out var list))
        {
            table[key] = list = [];
        }

        list.Add((country, point));
    }

    private static double Number(ReadOnlySpan<char> value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
}
