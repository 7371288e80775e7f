using System.Collections.Frozen;
using Claimline.Entities.Gazetteers;
using Claimline.Resources;

namespace Claimline.Entities.Resolution;

/// <summary>What the gazetteer knows about a name: the referent it stands for, and how.</summary>
/// <param name="Kind">The kind of referent.</param>
/// <param name="Canonical">Its canonical name.</param>
/// <param name="Key">Its stable key.</param>
/// <param name="Country">Its ISO country code, if any.</param>
/// <param name="Via">country, capital (a capital standing for its country: "Seoul said"), seat, organization, demonym.</param>
public sealed record DirectoryEntry(ReferentKind Kind, string Canonical, string Key, string? Country, string Via);

/// <summary>
/// The gazetteer tables (<c>Entities/Resources/gazetteer/</c>) turned around for resolution: from any written form
/// (<c>DPRK</c>, <c>Democratic People’s Republic of Korea</c>, <c>Seoul</c>, <c>U.N.</c>, <c>Kremlin</c>) to the
/// referent it names, with a stable key. Loaded once; read-only.
/// </summary>
public sealed class EntityDirectory
{
    private const string Folder = GazetteerFiles.Folder;

    private static readonly Lazy<EntityDirectory> s_english = new(Load);

    private readonly FrozenDictionary<string, DirectoryEntry> _entries;
    private readonly FrozenDictionary<string, string> _countryNames;

    private EntityDirectory(Dictionary<string, DirectoryEntry> entries, Dictionary<string, string> countryNames)
    {
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _countryNames = countryNames.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static EntityDirectory English => s_english.Value;

    /// <summary>The country of a dateline: its place's (a capital, a seat), else its region's (<c>KYIV, Ukraine</c>); null if neither is known.</summary>
    public string? CountryOf(Claimline.Structure.Dateline line)
        => (Lookup(line.Place) ?? (line.Region is { } region ? Lookup(region) : null))?.Country;

    /// <summary>The entry for a name as written, compared by <see cref="NameForms.Normalize"/>.</summary>
    public DirectoryEntry? Lookup(string name)
        => _entries.TryGetValue(NameForms.Normalize(name), out var entry) ? entry : null;

    /// <summary>The common English name of a country code: US → United States.</summary>
    public string? CountryName(string code) => _countryNames.GetValueOrDefault(code);

    private static EntityDirectory Load()
    {
        var entries = new Dictionary<string, DirectoryEntry>(StringComparer.Ordinal);
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryRows = ResourceFile.ReadTable(Folder + "countries.tsv", "code", "name", "kind");
        foreach (var (_, f) in countryRows.Where(r => r.Fields[2] == "common"))
        {
            countryNames.TryAdd(f[0], f[1]);
        }

        foreach (var (_, f) in countryRows)
        {
            countryNames.TryAdd(f[0], f[1]);
        }

        Country Of(string code) => new(code, countryNames.GetValueOrDefault(code, code));

        // Order decides who wins a shared name: organizations, then countries, seats, capitals, demonyms.
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "organizations.tsv", "name", "canonical", "kind"))
        {
            Add(f[0], new DirectoryEntry(ReferentKind.Organization, f[1], "org:" + NameForms.KeyOf(f[1]), null, "organization"));
        }

        foreach (var (_, f) in countryRows)
        {
            var country = Of(f[0]);
            Add(f[1], new DirectoryEntry(ReferentKind.Country, country.Name, "country:" + country.Code, country.Code, "country"));
        }

        var seatsAsCountry = ResourceFile.ReadList("Entities/Resources/en/seats-as-country.txt").ToHashSet(StringComparer.Ordinal);
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "seats.tsv", "name", "standsFor", "code", "kind"))
        {
            var country = Of(f[2]);
            Add(f[0], seatsAsCountry.Contains(f[0])
                ? new DirectoryEntry(ReferentKind.Country, country.Name, "country:" + country.Code, country.Code, "seat")
                : new DirectoryEntry(ReferentKind.Organization, f[0], "org:" + NameForms.KeyOf(f[1]), country.Code, "seat"));
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "capitals.tsv", "name", "country", "code"))
        {
            var country = Of(f[2]);
            Add(f[0], new DirectoryEntry(ReferentKind.Country, country.Name, "country:" + country.Code, country.Code, "capital"));
        }

        foreach (var (_, f) in ResourceFile.ReadTable("Entities/Resources/en/capital-aliases.tsv", "name", "code"))
        {
            var country = Of(f[1]);
            Add(f[0], new DirectoryEntry(ReferentKind.Country, country.Name, "country:" + country.Code, country.Code, "capital"));
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "demonyms.tsv", "demonym", "country", "code"))
        {
            Add(f[0], new DirectoryEntry(ReferentKind.Group, f[0], "group:" + f[2], f[2], "demonym"));
        }

        return new EntityDirectory(entries, countryNames);

        void Add(string name, DirectoryEntry entry) => entries.TryAdd(NameForms.Normalize(name), entry);
    }

    private readonly record struct Country(string Code, string Name);
}
