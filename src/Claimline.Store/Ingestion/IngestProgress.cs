namespace Claimline.Store.Ingestion;

/// <summary>Counters of a running or finished ingest, safe to read from another thread.</summary>
public sealed class IngestProgress
{
    private long _read;
    private long _stored;
    private long _nearDuplicates;
    private long _alreadyStored;
    private long _failed;
    private long _words;
    private long _bytesDone;

    /// <summary>Total bytes of the input files, when known (0 for standard input).</summary>
    public long BytesTotal { get; internal set; }

    public long BytesDone => Interlocked.Read(ref _bytesDone);

    public long Read => Interlocked.Read(ref _read);

    /// <summary>New documents written to the store (near-duplicates included).</summary>
    public long Stored => Interlocked.Read(ref _stored);

    public long NearDuplicates => Interlocked.Read(ref _nearDuplicates);

    /// <summary>Documents whose exact text was already in the store (a re-run, or a copy within the input).</summary>
    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    /// <summary>Files or records that could not be read or analyzed.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Words of the documents analyzed in this run.</summary>
    public long Words => Interlocked.Read(ref _words);

    internal void AddRead() => Interlocked.Increment(ref _read);

    internal void AddStored(bool nearDuplicate)
    {
        Interlocked.Increment(ref _stored);
        if (nearDuplicate)
        {
            Interlocked.Increment(ref _nearDuplicates);
        }
    }

    internal void AddAlreadyStored() => Interlocked.Increment(ref _alreadyStored);

    internal void AddFailed() => Interlocked.Increment(ref _failed);

    internal void AddWords(long words) => Interlocked.Add(ref _words, words);

    /// <summary>Bytes of input files read so far (raw, before decompression).</summary>
    internal void AddBytes(long bytes) => Interlocked.Add(ref _bytesDone, bytes);
}
