namespace Claimline.Queue;

/// <summary>Counters of a running worker, safe to read from another thread.</summary>
public sealed class WorkerProgress
{
    private long _received;
    private long _redelivered;
    private long _stored;
    private long _nearDuplicates;
    private long _alreadyStored;
    private long _failed;
    private long _words;

    /// <summary>Messages taken from the queue (redeliveries included).</summary>
    public long Received => Interlocked.Read(ref _received);

    /// <summary>Messages this worker got that JetStream had delivered before (to a worker that died or gave it back).</summary>
    public long Redelivered => Interlocked.Read(ref _redelivered);

    public long Stored => Interlocked.Read(ref _stored);

    public long NearDuplicates => Interlocked.Read(ref _nearDuplicates);

    /// <summary>Documents whose text was in the store already (a redelivery after a commit, or a re-published copy).</summary>
    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    /// <summary>Messages that could not be analyzed or read: recorded in the store's error table and acknowledged.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Words of the documents this worker analyzed.</summary>
    public long Words => Interlocked.Read(ref _words);

    internal void AddReceived(bool redelivered)
    {
        Interlocked.Increment(ref _received);
        if (redelivered)
        {
            Interlocked.Increment(ref _redelivered);
        }
    }

    internal void AddOutcome(Store.StoreOutcome outcome)
    {
        switch (outcome)
        {
            case Store.StoreOutcome.AlreadyStored:
                Interlocked.Increment(ref _alreadyStored);
                break;
            case Store.StoreOutcome.StoredNearDuplicate:
                Interlocked.Increment(ref _nearDuplicates);
                Interlocked.Increment(ref _stored);
                break;
            default:
                Interlocked.Increment(ref _stored);
                break;
        }
    }

    internal void AddFailed() => Interlocked.Increment(ref _failed);

    internal void AddWords(long words) => Interlocked.Add(ref _words, words);
}
