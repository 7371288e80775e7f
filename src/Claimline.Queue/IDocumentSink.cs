using System.Data.Common;
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
/// so two workers offering one text store it once). A write that fails on the database (a server restarting, a
/// dropped connection) throws a <see cref="DbException"/> and leaves the connection to be opened afresh by the next
/// call, so that the worker's retry meets a live one; the failed transaction was rolled back, and the write is
/// idempotent, so retrying it is safe.
/// </summary>
public sealed class StoreDocumentSink(ClaimlineStore store, Func<ClaimlineStore>? reopen = null) : IDocumentSink
{
    private readonly Lock _gate = new();
    private ClaimlineStore? _store = store;

    public string Name { get; } = store.Path;

    public StoreOutcome Add(Document document)
    {
        // The row's CPU work (JSON, SimHash) outside the lock, so that a worker's threads do it in parallel.
        var prepared = DocumentWriter.Prepare(document);
        lock (_gate)
        {
            return Use(s => s.Writer.Add(prepared).Outcome);
        }
    }

    public void LogError(string origin, string message)
    {
        lock (_gate)
        {
            Use(s =>
            {
                s.Writer.LogError(origin, message);
                return true;
            });
        }
    }

    public void Dispose() => _store?.Dispose();

    private T Use<T>(Func<ClaimlineStore, T> write)
    {
        var current = _store ??= (reopen ?? throw new InvalidOperationException("the store was lost and cannot be reopened"))();
        try
        {
            return write(current);
        }
        catch (DbException) when (reopen is not null)
        {
            _store = null;
            current.Dispose();
            throw;
        }
    }
}
