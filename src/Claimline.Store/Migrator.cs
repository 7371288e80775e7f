using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Claimline.Store;

/// <summary>
/// Applies the numbered SQL files in <c>Migrations/</c> (embedded) that the database has not seen yet, each in its own
/// transaction, and records the version in <c>PRAGMA user_version</c>. A database newer than this program is refused.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Claimline.Store.Migrations.";

    public static IReadOnlyList<(int Version, string Name)> Available { get; } = Load();

    public static int CurrentVersion => Available.Count == 0 ? 0 : Available[^1].Version;

    public static void Migrate(SqliteConnection connection, string path)
    {
        var version = UserVersion(connection);
        if (version > CurrentVersion)
        {
            throw new StoreException($"{path}: the store has schema version {version}, newer than this program's {CurrentVersion}; upgrade Claimline.");
        }

        var assembly = typeof(Migrator).Assembly;
        foreach (var (number, name) in Available.Where(m => m.Version > version))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(Prefix + name)!);
            var sql = reader.ReadToEnd();
            // BEGIN IMMEDIATE, then look again: another process opening the same new file (workers started
            // together) may have applied this migration while this one waited for the write lock.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (UserVersion(connection, transaction) >= number)
            {
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql + $"\nPRAGMA user_version = {number};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(int, string)> Load()
    {
        var migrations = new List<(int, string)>();
        foreach (var resource in Assembly.GetExecutingAssembly().GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..];
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
