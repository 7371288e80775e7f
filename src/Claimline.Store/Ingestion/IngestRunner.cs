using System.Threading.Channels;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Text;

namespace Claimline.Store.Ingestion;

/// <summary>
/// Reads inputs, analyzes them on all cores and writes them to the store with a single writer:
/// <c>reader → bounded channel → N pipeline workers → bounded channel → writer</c>.
/// Documents whose exact text is already stored are skipped before analysis, so an interrupted run, started again,
/// resumes where it stopped: nothing is lost (each document is committed on its own) and nothing is doubled.
/// Unreadable inputs and failed analyses are recorded in the store's <c>ingest_errors</c> table and reported through
/// <see cref="Errors"/>; the rest of the batch carries on.
/// </summary>
public sealed class IngestRunner
{
    private readonly ClaimlineStore _store;
    private readonly AnnotationPipeline _pipeline;
    private readonly DocumentReader _reader;
    private readonly int _workers;
    private readonly List<string> _errors = [];

    public IngestRunner(ClaimlineStore store, AnnotationPipeline pipeline, DocumentReader reader, int workers)
    {
        _store = store;
        _pipeline = pipeline;
        _reader = new DocumentReader
        {
            Format = reader.Format,
            MaxDocumentBytes = reader.MaxDocumentBytes,
            MaxTextBytes = reader.MaxTextBytes,
            Defaults = reader.Defaults,
            OnBytesRead = Progress.AddBytes,
        };
        _workers = Math.Max(1, workers);
    }

    public IngestProgress Progress { get; } = new();

    /// <summary>The messages of the inputs that were skipped, in the order they were met (first 10,000).</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public async Task RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        Progress.BytesTotal = InputFiles.TotalBytes(inputs);
        var toAnalyze = Channel.CreateBounded<(Document Document, string Hash)>(new BoundedChannelOptions(_workers * 4) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<WriteItem>(new BoundedChannelOptions(_workers * 4) { SingleReader = true });

        // If any part fails (the store becomes unwritable, say), the others must not wait forever on full channels.
        using var failure = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = failure.Token;
        var reading = Guard(() => ReadAsync(inputs, toAnalyze.Writer, toWrite.Writer, token), toAnalyze.Writer);
        var workers = Enumerable.Range(0, _workers).Select(_ => Guard(() => AnalyzeAsync(toAnalyze.Reader, toWrite.Writer, token), null)).ToArray();
        var workersDone = Task.WhenAll(workers).ContinueWith(_ => toWrite.Writer.TryComplete(), TaskScheduler.Default);
        var writing = Guard(() => WriteAsync(toWrite.Reader, token), null);

        var all = Task.WhenAll([reading, writing, workersDone, .. workers]);
        try
        {
            await all.ConfigureAwait(false);
        }
        catch when (all.Exception?.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
        }

        Task Guard(Func<Task> body, ChannelWriter<(Document Document, string Hash)>? completes) => Task.Run(
            async () =>
            {
                try
                {
                    await body().ConfigureAwait(false);
                }
                catch
                {
                    await failure.CancelAsync().ConfigureAwait(false);
                    throw;
                }
                finally
                {
                    completes?.TryComplete();
                }
            },
            CancellationToken.None);
    }

    private async Task ReadAsync(IReadOnlyList<string> inputs, ChannelWriter<(Document Document, string Hash)> analyze, ChannelWriter<WriteItem> write, CancellationToken cancellationToken)
    {
        // A second connection: the reader checks what is already stored while the writer writes (WAL allows it).
        using var lookup = _store.OpenAnother();
        foreach (var result in _reader.Read(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Error is { } error)
            {
                await write.WriteAsync(new WriteItem(null, error.Origin, error.Message), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var document = result.Document!;
            Progress.AddRead();
            var hash = ContentFingerprint.ContentHash(document.Text);
            if (lookup.Queries.ContainsText(hash))
            {
                Progress.AddAlreadyStored();
                continue;
            }

            await analyze.WriteAsync((document, hash), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AnalyzeAsync(ChannelReader<(Document Document, string Hash)> analyze, ChannelWriter<WriteItem> write, CancellationToken cancellationToken)
    {
        await foreach (var (document, hash) in analyze.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            WriteItem item;
            try
            {
                _pipeline.Run(document, cancellationToken);
                Progress.AddWords(TextStatistics.CountWords(document.Get(Layers.Tokens)));

                // The row's CPU work here, on each worker, so that the one writer thread only writes.
                item = new WriteItem(DocumentWriter.Prepare(document, hash), null, null);
            }
            catch (AnnotatorException e)
            {
                item = new WriteItem(null, document.Meta.Origin ?? document.Meta.Id, e.Message);
            }

            await write.WriteAsync(item, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(ChannelReader<WriteItem> write, CancellationToken cancellationToken)
    {
        var writer = _store.Writer;
        await foreach (var item in write.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Document is null)
            {
                Progress.AddFailed();
                writer.LogError(item.Origin!, item.Message!);
                lock (_errors)
                {
                    if (_errors.Count < 10_000)
                    {
                        _errors.Add(item.Message!.StartsWith(item.Origin!, StringComparison.Ordinal) ? item.Message : $"{item.Origin}: {item.Message}");
                    }
                }

                continue;
            }

            var result = writer.Add(item.Document);
            if (result.Outcome == StoreOutcome.AlreadyStored)
            {
                Progress.AddAlreadyStored();
            }
            else
            {
                Progress.AddStored(result.Outcome == StoreOutcome.StoredNearDuplicate);
            }
        }
    }

    /// <summary>A document to store, or an input error to record.</summary>
    private readonly record struct WriteItem(PreparedDocument? Document, string? Origin, string? Message);
}
