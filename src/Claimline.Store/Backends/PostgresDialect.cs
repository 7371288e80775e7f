using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Claimline.Store.Backends;

/// <summary>
/// The shared backend: a generated <c>tsvector</c> column with a GIN index for full-text search (the <c>simple</c>
/// configuration: no stemming and no stop words, as FTS5's default tokenizer), <c>plainto_tsquery</c> (every word
/// must occur, operators are plain words), <c>ts_headline</c> for snippets, and a <c>schema_version</c> table.
/// </summary>
internal sealed class PostgresDialect : StoreDialect
{
    /// <summary>The advisory lock that serializes migrations: several workers may open a new database at once.</summary>
    private const long MigrationLock = 0x436C61696D6C696E; // "Claimlin"

    public static PostgresDialect Instance { get; } = new();

    public override StoreKind Kind => StoreKind.Postgres;

    public override MigrationSet Migrations => Migrator.Postgres;

    // 500 rows of at most 32 columns stay under PostgreSQL's 65,535 parameters per statement.
    public override int RowsPerInsert => 500;

    // Positional ($1, $2 …) with unnamed parameters: Npgsql then sends the text as it is, where named ones make it parse
    // the statement (thousands of placeholders for a full batch) to rewrite names into positions on every execution.
    public override (string Placeholder, string? Name) RowParameter(int index) => ("$" + (index + 1).ToString(CultureInfo.InvariantCulture), null);

    public override string SearchSql => """
        SELECT d.id, d.doc_key, d.title, d.published,
               ts_headline('simple', d.text, query, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6, ShortWord=0, MaxFragments=1, FragmentDelimiter=…')
        FROM documents d, plainto_tsquery('simple', @q) query
        WHERE d.search @@ query ORDER BY ts_rank_cd(d.search, query) DESC, d.id LIMIT @limit OFFSET @offset
        """;

    public override string QuoteMatch => "q.search @@ plainto_tsquery('simple', @match)";

    public override IReadOnlyList<string> AfterDocument { get; } = [];

    public override int SchemaVersion(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE (SELECT coalesce(max(version), 0) FROM schema_version) END";
        try
        {
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // the table went between the two looks: no store
        }
    }

    /// <summary>All pending migrations in one transaction (PostgreSQL's DDL is transactional) under an advisory lock.</summary>
    public override void Migrate(DbConnection connection, string display)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var version = SchemaVersion(connection);
        ThrowIfNewer(version, Migrations.CurrentVersion, display);
        var pending = Migrations.Available.Where(m => m.Version > version).ToList();
        foreach (var (_, name) in pending)
        {
            Execute(connection, transaction, Migrations.Sql(name));
        }

        if (pending.Count > 0)
        {
            Execute(connection, transaction, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({pending[^1].Version})");
        }

        transaction.Commit();
    }

    /// <summary>The words as typed: <c>plainto_tsquery</c> reads no operators; empty when no word is left.</summary>
    public override string SearchText(string text)
        => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Replace("\"", "", StringComparison.Ordinal)).Where(w => w.Length > 0));

    public override string DistinctList(string expression) => $"string_agg(DISTINCT {expression}, ',')";

    /// <summary>Two writers that wait on each other (a deadlock) or a serialization failure: the transaction can run again.</summary>
    public override bool IsTransient(Exception exception)
        => exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
