using Claimline.Store;

namespace Claimline.Server;

/// <summary>
/// Hands out store connections: a pooled one per read (SQLite in WAL mode lets readers run beside the writer), and
/// the one writer behind a lock, because the store has a single writer by design. The store is created and migrated
/// once, on the first request; reads after that skip migration.
/// </summary>
public sealed class StoreAccess(ServerOptions options)
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _migrating = new();
    private volatile bool _migrated;

    public ClaimlineStore OpenForReading()
    {
        if (!_migrated)
        {
            // Once: create and migrate (a failure is reported to this request and tried again on the next).
            lock (_migrating)
            {
                if (!_migrated)
                {
                    ClaimlineStore.Open(options.DatabasePath).Dispose();
                    _migrated = true;
                }
            }
        }

        return ClaimlineStore.OpenMigrated(options.DatabasePath);
    }

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
