using System.Data.Common;
using Claimline.Store.Backends;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Claimline.Store;

/// <summary>
/// The store, on one of two backends (<see cref="StoreLocation"/> tells them apart): an embedded SQLite file in WAL
/// mode (readers do not block the writer, and a killed process loses at most the document it was writing), or a
/// PostgreSQL database that several writers and readers share. Opening migrates the schema to the current version.
/// One instance is one connection: use it from one thread; open another for a concurrent reader.
/// </summary>
public sealed class ClaimlineStore : IDisposable
{
    /// <summary>The store file used when none is named: <c>claimline.db</c> in the working directory.</summary>
    public const string DefaultPath = "claimline.db";

    private DocumentWriter? _writer;

    private ClaimlineStore(DbConnection connection, StoreLocation location, StoreDialect dialect)
    {
        Connection = connection;
        Location = location;
        Dialect = dialect;
        Queries = new DocumentQueries(connection, dialect);
        Claims = new ClaimQueries(connection);
    }

    /// <summary>Where the store is, as messages name it: the full path of a SQLite file, a PostgreSQL URI without its password.</summary>
    public string Path => Location.Kind == StoreKind.Sqlite ? Location.Target : Location.Display;

    public StoreLocation Location { get; }

    public StoreKind Kind => Location.Kind;

    public DocumentQueries Queries { get; }

    /// <summary>Claims, concepts and timelines.</summary>
    public ClaimQueries Claims { get; }

    /// <summary>The writer, created on first use; one per store instance.</summary>
    public DocumentWriter Writer => _writer ??= new DocumentWriter(Connection, Dialect);

    internal DbConnection Connection { get; }

    internal StoreDialect Dialect { get; }

    /// <summary>
    /// Opens (creating if needed) and migrates a store: a file path, or a PostgreSQL URI or connection string (see
    /// <see cref="StoreLocation"/>). With <paramref name="mustExist"/>, a missing file, or a database without Claimline
    /// tables, is an error.
    /// </summary>
    public static ClaimlineStore Open(string location, bool mustExist = false)
        => Open(StoreLocation.Parse(location), location, mustExist, migrate: true);

    /// <summary>
    /// Opens a store that <see cref="Open(string, bool)"/> has already created and migrated, for reading: no migration,
    /// no backfill and a pooled connection, so that a server's many short reads reuse a few connections (and their SQLite
    /// page caches) instead of opening, migrating and freeing one per request. Writing through it is a bug.
    /// </summary>
    public static ClaimlineStore OpenMigrated(string location)
        => Open(StoreLocation.Parse(location), location, mustExist: false, migrate: false);

    /// <summary>Another connection to the same store, opened as <see cref="Open(string, bool)"/> does (a second reader beside the writer).</summary>
    public ClaimlineStore OpenAnother() => Open(Location, Path, mustExist: false, migrate: true);

    public int SchemaVersion => Dialect.SchemaVersion(Connection);

    /// <summary>
    /// Closes the idle pooled connections that <see cref="OpenMigrated"/> keeps (each SQLite one holds its page cache;
    /// each PostgreSQL one a server process); a server calls this when it has been idle a while. Connections in use
    /// are unaffected.
    /// </summary>
    public static void ReleasePooledConnections()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        _writer?.Dispose();
        Connection.Dispose();
    }

    internal static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static ClaimlineStore Open(StoreLocation location, string given, bool mustExist, bool migrate)
        => location.Kind == StoreKind.Sqlite ? OpenSqlite(location, given, mustExist, migrate) : OpenPostgres(location, mustExist, migrate);

    private static ClaimlineStore OpenSqlite(StoreLocation location, string given, bool mustExist, bool migrate)
    {
        var full = location.Target;
        if (mustExist && !File.Exists(full))
        {
            throw new StoreException($"{given}: no such store; create one with 'claimline ingest'.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = migrate ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = !migrate,
        }.ToString());
        try
        {
            connection.Open();
            if (!migrate)
            {
                Execute(connection, "PRAGMA busy_timeout = 10000;");
                return new ClaimlineStore(connection, location, SqliteDialect.Instance);
            }

            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;");
            SqliteDialect.Instance.Migrate(connection, given);
            return Ready(new ClaimlineStore(connection, location, SqliteDialect.Instance));
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{given}: cannot open as a Claimline store: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A pooled Npgsql connection (a server's reads and a worker's writes reuse them). A database that cannot be
    /// reached is a <see cref="StoreException"/> naming it and why (<c>postgres://…: cannot connect: …</c>), not a
    /// stack trace; the password never appears in a message.
    /// </summary>
    private static ClaimlineStore OpenPostgres(StoreLocation location, bool mustExist, bool migrate)
    {
        var connection = new NpgsqlConnection(location.Target);
        try
        {
            try
            {
                connection.Open();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                throw new StoreException($"{location.Display}: cannot connect: {Reason(e)}", e);
            }

            var dialect = PostgresDialect.Instance;
            if (mustExist && dialect.SchemaVersion(connection) == 0)
            {
                throw new StoreException($"{location.Display}: no Claimline store in this database; create one with 'claimline ingest --db {location.Display}'.");
            }

            if (!migrate)
            {
                return new ClaimlineStore(connection, location, dialect);
            }

            dialect.Migrate(connection, location.Display);
            return Ready(new ClaimlineStore(connection, location, dialect));
        }
        catch (NpgsqlException e)
        {
            connection.Dispose();
            throw new StoreException($"{location.Display}: cannot open as a Claimline store: {Reason(e)}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The innermost message that says what went wrong (Npgsql wraps the socket's).</summary>
    private static string Reason(Exception e)
    {
        var message = e.Message;
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (!message.Contains(inner.Message, StringComparison.Ordinal))
            {
                message = $"{message} ({inner.Message})";
            }
        }

        return message;
    }

    /// <summary>A freshly migrated store fills what its upgrade added for documents stored before it.</summary>
    private static ClaimlineStore Ready(ClaimlineStore store)
    {
        try
        {
            store.Writer.BackfillPending(store.Queries);
            return store;
        }
        catch
        {
            store._writer?.Dispose();
            throw;
        }
    }
}
