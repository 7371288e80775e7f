using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Claimline.Store.Backends;

/// <summary>The embedded backend: FTS5 tables beside the rows, <c>PRAGMA user_version</c> for the schema version.</summary>
internal sealed class SqliteDialect : StoreDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override StoreKind Kind => StoreKind.Sqlite;

    public override MigrationSet Migrations => Migrator.Sqlite;

    public override int RowsPerInsert => 1;

    public override (string Placeholder, string? Name) RowParameter(int index)
    {
        var name = "@p" + index.ToString(CultureInfo.InvariantCulture);
        return (name, name);
    }

    public override string SearchSql => """
        SELECT d.id, d.doc_key, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12)
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
        WHERE documents_fts MATCH @q ORDER BY bm25(documents_fts) LIMIT @limit OFFSET @offset
        """;

    public override string QuoteMatch => "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @match)";

    // External-content FTS5 tables are filled by hand, from the rows just written.
    public override IReadOnlyList<string> AfterDocument { get; } =
    [
        "INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id = @d",
        "INSERT INTO quotes_fts (rowid, text, speaker) SELECT id, text, speaker FROM quotes WHERE document = @d",
    ];

    public override int SchemaVersion(DbConnection connection) => SchemaVersion(connection, null);

    private static int SchemaVersion(DbConnection connection, DbTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Each migration in its own transaction, with the version set in the same one.</summary>
    public override void Migrate(DbConnection connection, string display)
    {
        var version = SchemaVersion(connection);
        ThrowIfNewer(version, Migrations.CurrentVersion, display);
        foreach (var (number, name) in Migrations.Available.Where(m => m.Version > version))
        {
            // BEGIN IMMEDIATE, then look again: another process opening the same new file (workers started
            // together) may have applied this migration while this one waited for the write lock.
            using var transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
            if (SchemaVersion(connection, transaction) >= number)
            {
                continue;
            }

            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Migrations.Sql(name) + $"\nPRAGMA user_version = {number};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>Each word quoted (an FTS5 phrase of one word), so that <c>AND</c>, <c>NEAR(</c> and quotes are plain words.</summary>
    public override string SearchText(string text)
    {
        var query = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = word.Replace("\"", "", StringComparison.Ordinal);
            if (clean.Length > 0)
            {
                query.Append(query.Length == 0 ? "" : " ").Append('"').Append(clean).Append('"');
            }
        }

        return query.ToString();
    }

    public override string DistinctList(string expression) => $"group_concat(DISTINCT {expression})";
}
