namespace Claimline.Queue;

/// <summary>Counters of a publish run, safe to read from another thread.</summary>
public sealed class PublishProgress
{
    private long _read;
    private long _published;
    private long _duplicates;
    private long _failed;

    /// <summary>Documents read from the inputs.</summary>
    public long Read => Interlocked.Read(ref _read);

    /// <summary>Documents the stream acknowledged as new messages.</summary>
    public long Published => Interlocked.Read(ref _published);

    /// <summary>Documents the stream acknowledged as repeats of a message id it already had (dropped by the server).</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Inputs that could not be read, and documents that could not be published after every retry.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    internal void AddRead() => Interlocked.Increment(ref _read);

    internal void AddPublished(bool duplicate) => Interlocked.Increment(ref duplicate ? ref _duplicates : ref _published);

    internal void AddFailed() => Interlocked.Increment(ref _failed);
}
