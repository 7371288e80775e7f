using Claimline.Store;

namespace Claimline.Server;

/// <summary>
/// Hands out store connections: a fresh one per read (SQLite in WAL mode lets readers run beside the writer), and
/// the one writer behind a lock, because the store has a single writer by design.
/// </summary>
public sealed class StoreAccess(ServerOptions options)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public ClaimlineStore OpenForReading() => ClaimlineStore.Open(options.DatabasePath);

    public async Task<T> WriteAsync<T>(Func<ClaimlineStore, T> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var store = ClaimlineStore.Open(options.DatabasePath);
            return write(store);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
