using System.Data.Common;

namespace Claimline.Store.Backends;

/// <summary>
/// What differs between the backends; everything else (the INSERTs, the queries, the claims and events logic) is
/// written once against <see cref="DbConnection"/> with <c>@name</c> parameters, which both providers accept.
/// Differences kept here: connections, migrations and where their version is kept, full-text search (FTS5 tables
/// filled beside the rows in SQLite; a generated <c>tsvector</c> column with a GIN index in PostgreSQL), how rows are
/// sent (one prepared INSERT per row in SQLite, where a statement costs a function call; multi-row INSERTs in
/// PostgreSQL, where it costs a round trip), and a few functions spelled differently.
/// </summary>
internal abstract class StoreDialect
{
    public abstract StoreKind Kind { get; }

    public abstract MigrationSet Migrations { get; }

    /// <summary>How many rows one INSERT carries at most (1: a prepared single-row statement per row).</summary>
    public abstract int RowsPerInsert { get; }

    /// <summary>
    /// The placeholder of the <paramref name="index"/>th value of a multi-row INSERT, and the name its parameter gets
    /// (null: positional).
    /// </summary>
    public abstract (string Placeholder, string? Name) RowParameter(int index);

    /// <summary>
    /// The full-text search over documents: selects id, doc_key, title, published and a snippet with the matches in
    /// brackets, best match first; parameters <c>@q</c> (from <see cref="SearchText"/>), <c>@limit</c>, <c>@offset</c>.
    /// </summary>
    public abstract string SearchSql { get; }

    /// <summary>A condition on quotes <c>q</c> that holds when the quote matches <c>@match</c> (from <see cref="SearchText"/>).</summary>
    public abstract string QuoteMatch { get; }

    /// <summary>Statements run after a document's rows are written (parameter <c>@d</c>, its id): SQLite's FTS5 rows.</summary>
    public abstract IReadOnlyList<string> AfterDocument { get; }

    /// <summary>The schema version of an open database; 0 when it has no Claimline tables.</summary>
    public abstract int SchemaVersion(DbConnection connection);

    /// <summary>Applies the migrations the database has not seen; refuses a database newer than this program.</summary>
    public abstract void Migrate(DbConnection connection, string display);

    /// <summary>
    /// The search parameter for what the user typed: every word must occur, and no word is taken as an operator.
    /// Empty when nothing is left to search for.
    /// </summary>
    public abstract string SearchText(string text);

    /// <summary>The distinct non-null values of <paramref name="expression"/> in a group, joined by commas.</summary>
    public abstract string DistinctList(string expression);

    /// <summary>A failure that running the same transaction again may not meet (a deadlock between two writers).</summary>
    public virtual bool IsTransient(Exception exception) => false;

    protected static void ThrowIfNewer(int version, int current, string display)
    {
        if (version > current)
        {
            throw new StoreException($"{display}: the store has schema version {version}, newer than this program's {current}; upgrade Claimline.");
        }
    }
}
