using Claimline.Resources;

namespace Claimline.Entities.Gazetteers;

/// <summary>
/// Loads the gazetteer tables under <c>Entities/Resources/gazetteer/</c> (formats in docs/writing-rules.md). Each table
/// keeps the facts later stages need (ISO codes, what a capital stands for, coordinates); the tagger uses the names.
/// </summary>
public static class GazetteerFiles
{
    public const string Folder = "Entities/Resources/gazetteer/";

    /// <summary>The files the tagger's features depend on, in the order they are hashed into the model manifest.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "countries.tsv", "demonyms.tsv", "capitals.tsv", "seats.tsv", "regions.tsv", "organizations.tsv", "first-names.txt",
        "org-designators.txt",
    ];

    public static Gazetteer LoadEnglish() => new(Entries(), ResourceFile.ReadList(Folder + "org-designators.txt"));

    public static IEnumerable<(string Name, GazetteerCategory Category)> Entries()
    {
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "countries.tsv", "code", "name", "kind"))
        {
            yield return (f[1], GazetteerCategory.Country);
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "demonyms.tsv", "demonym", "country", "code"))
        {
            yield return (f[0], GazetteerCategory.Demonym);
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "capitals.tsv", "name", "country", "code"))
        {
            yield return (f[0], GazetteerCategory.Capital);
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "seats.tsv", "name", "standsFor", "code", "kind"))
        {
            yield return (f[0], GazetteerCategory.Seat);
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "regions.tsv", "name", "code"))
        {
            yield return (f[0], GazetteerCategory.Region);
        }

        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "organizations.tsv", "name", "canonical", "kind"))
        {
            yield return (f[0], GazetteerCategory.Organization);
        }

        foreach (var name in ResourceFile.ReadList(Folder + "first-names.txt"))
        {
            yield return (name, GazetteerCategory.FirstName);
        }
    }

    /// <summary>SHA-256 (hex) over the gazetteer files in <see cref="Files"/> order: a model records the gazetteer it was trained with.</summary>
    public static string Sha256()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            using var stream = ResourceFile.Open(Folder + file);
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            hash.AppendData(memory.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Demonym → country name, from <c>demonyms.tsv</c> (North Korean → North Korea).</summary>
    public static IReadOnlyDictionary<string, string> Demonyms()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in ResourceFile.ReadTable(Folder + "demonyms.tsv", "demonym", "country", "code"))
        {
            map.TryAdd(f[0], f[1]);
        }

        return map;
    }
}
