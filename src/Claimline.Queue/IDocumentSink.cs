using Claimline.Model;
using Claimline.Store;

namespace Claimline.Queue;

/// <summary>
/// Where a worker writes: one analyzed document per call, in one transaction, idempotent by content hash (a
/// document whose text is stored already returns <see cref="StoreOutcome.AlreadyStored"/>). The worker acknowledges
/// a message only after <see cref="Add"/> returns. The one place a worker knows its store: the PostgreSQL store
/// plugs in here.
/// </summary>
public interface IDocumentSink : IDisposable
{
    /// <summary>A name for messages (the file, or the database).</summary>
    string Name { get; }

    StoreOutcome Add(Document document);

    /// <summary>Records a document that could not be analyzed, so that a look at the store shows it.</summary>
    void LogError(string origin, string message);
}

/// <summary>
/// A Claimline store as a sink, on either backend (<c>--db PATH</c> or <c>--db postgres://…</c>). One connection, so
/// calls are serialized here. Several worker processes may share one store: a SQLite file (WAL, with a busy timeout:
/// a writer waits for another's transaction instead of failing) or a PostgreSQL database (the content hash is unique,
/// so two workers offering one text store it once).
/// </summary>
public sealed class StoreDocumentSink(ClaimlineStore store) : IDocumentSink
{
    private readonly Lock _gate = new();

    public string Name => store.Path;

    public StoreOutcome Add(Document document)
    {
        lock (_gate)
        {
            return store.Writer.Add(document).Outcome;
        }
    }

    public void LogError(string origin, string message)
    {
        lock (_gate)
        {
            store.Writer.LogError(origin, message);
        }
    }

    public void Dispose() => store.Dispose();
}
