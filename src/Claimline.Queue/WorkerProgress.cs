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
    private long _analysisTicks;
    private long _storeTicks;

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

    /// <summary>Time spent analyzing (all threads together).</summary>
    public TimeSpan Analysis => TimeSpan.FromTicks(Interlocked.Read(ref _analysisTicks));

    /// <summary>Time spent writing to the store, waiting for its write lock included (other workers' transactions).</summary>
    public TimeSpan Store => TimeSpan.FromTicks(Interlocked.Read(ref _storeTicks));

    internal void AddAnalysis(TimeSpan time) => Interlocked.Add(ref _analysisTicks, time.Ticks);

    internal void AddStore(TimeSpan time) => Interlocked.Add(ref _storeTicks, time.Ticks);

    internal void AddReceived(bool redelivered)
    {
        Interlocked.Increment(ref _received);
        if (redelivered)
        {
            Interlocked.Increment(ref _redelivered);
        }
    }

    internal void AddOutcome(Claimline.Store.StoreOutcome outcome)
    {
        switch (outcome)
        {
            case Claimline.Store.StoreOutcome.AlreadyStored:
                Interlocked.Increment(ref _alreadyStored);
                break;
            case Claimline.Store.StoreOutcome.StoredNearDuplicate:
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
