using Microsoft.Data.Sqlite;

namespace Claimline.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers do not block the writer, and a killed process loses at
/// most the document it was writing). Opening migrates the schema to the current version.
/// One instance is one connection: use it from one thread; open another for a concurrent reader.
/// </summary>
public sealed class ClaimlineStore : IDisposable
{
    /// <summary>The store file used when none is named: <c>claimline.db</c> in the working directory.</summary>
    public const string DefaultPath = "claimline.db";

    private DocumentWriter? _writer;

    private ClaimlineStore(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
        Queries = new DocumentQueries(connection);
        Claims = new ClaimQueries(connection);
    }

    public string Path { get; }

    public DocumentQueries Queries { get; }

    /// <summary>Claims, concepts and timelines.</summary>
    public ClaimQueries Claims { get; }

    /// <summary>The writer, created on first use; one per store instance.</summary>
    public DocumentWriter Writer => _writer ??= new DocumentWriter(Connection);

    internal SqliteConnection Connection { get; }

    /// <summary>Opens (creating if needed) and migrates a store. With <paramref name="mustExist"/>, a missing file is an error.</summary>
    public static ClaimlineStore Open(string path, bool mustExist = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (mustExist && !File.Exists(full))
        {
            throw new StoreException($"{path}: no such store; create one with 'claimline ingest'.");
        }

        var connection = NewConnection(full, SqliteOpenMode.ReadWriteCreate, pooling: false);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            Migrator.Migrate(connection, path);
            var store = new ClaimlineStore(connection, full);
            store.Writer.BackfillPending(store.Queries);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as a Claimline store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens a store that <see cref="Open"/> has already created and migrated, for reading: no migration, no backfill
    /// and a pooled connection, so that a server's many short reads reuse a few connections (and their SQLite page
    /// caches) instead of opening, migrating and freeing one per request. Writing through it is a bug.
    /// </summary>
    public static ClaimlineStore OpenMigrated(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var connection = NewConnection(full, SqliteOpenMode.ReadWrite, pooling: true);
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 10000;");
            return new ClaimlineStore(connection, full);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: cannot open as a Claimline store: {e.Message}", e);
        }
    }

    /// <summary>
    /// Closes the idle pooled connections that <see cref="OpenMigrated"/> keeps (each holds its SQLite page cache); a
    /// server calls this when it has been idle a while. Connections in use are unaffected.
    /// </summary>
    public static void ReleasePooledConnections() => SqliteConnection.ClearAllPools();

    public int SchemaVersion => Migrator.UserVersion(Connection);

    private static SqliteConnection NewConnection(string path, SqliteOpenMode mode, bool pooling)
        => new(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = pooling }.ToString());

    public void Dispose()
    {
        _writer?.Dispose();
        Connection.Dispose();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
