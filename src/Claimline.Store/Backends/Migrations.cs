using System.Reflection;

namespace Claimline.Store.Backends;

/// <summary>
/// One backend's numbered SQL files (embedded from <c>Migrations/</c> for SQLite, <c>Migrations/postgres/</c> for
/// PostgreSQL), in order. Both sets describe the same tables at the same version; a test holds them to it.
/// </summary>
internal sealed class MigrationSet
{
    private readonly string _prefix;

    public MigrationSet(string prefix)
    {
        _prefix = prefix;
        Available = Load(prefix);
    }

    public IReadOnlyList<(int Version, string Name)> Available { get; }

    public int CurrentVersion => Available.Count == 0 ? 0 : Available[^1].Version;

    public string Sql(string name)
    {
        using var reader = new StreamReader(typeof(MigrationSet).Assembly.GetManifestResourceStream(_prefix + name)!);
        return reader.ReadToEnd();
    }

    private static List<(int, string)> Load(string prefix)
    {
        var migrations = new List<(int, string)>();
        foreach (var resource in Assembly.GetExecutingAssembly().GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[prefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(name.AsSpan(0, dash), out var number))
            {
                throw new StoreException($"migration '{name}' must be named NNNN-description.sql");
            }

            migrations.Add((number, name));
        }

        migrations.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Item1 != i + 1)
            {
                throw new StoreException($"migrations must be numbered 1, 2, 3 … without gaps; found {migrations[i].Item2}");
            }
        }

        return migrations;
    }
}

/// <summary>The two migration sets; <see cref="CurrentVersion"/> is the schema version this program writes.</summary>
internal static class Migrator
{
    public static MigrationSet Sqlite { get; } = new("Claimline.Store.Migrations.Sqlite.");

    public static MigrationSet Postgres { get; } = new("Claimline.Store.Migrations.Postgres.");

    public static int CurrentVersion => Sqlite.CurrentVersion;
}
