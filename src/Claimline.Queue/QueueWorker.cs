using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Text;
using NATS.Client.JetStream;

namespace Claimline.Queue;

/// <summary>
/// <c>claimline worker</c>: takes documents from the shared durable consumer, analyzes them and writes each to the
/// store in one transaction, acknowledging a message only after its transaction committed. A worker killed at any
/// point loses nothing: an unacknowledged message is redelivered after the ack wait, and a redelivered document
/// whose text was committed is found stored (<see cref="Store.StoreOutcome.AlreadyStored"/>) and acknowledged.
/// </summary>
public sealed class QueueWorker(QueueConnection queue, AnnotationPipeline pipeline, IDocumentSink sink, Backoff backoff, Action<string>? log)
{
    /// <summary>Documents analyzed at once in this process (each loop pulls its own messages).</summary>
    public int Threads { get; init; } = 1;

    public TimeSpan AckWait { get; init; } = QueueSettings.DefaultAckWait;

    /// <summary>Stop once the queue is empty and no message is held by any worker (batch runs, tests, benchmarks).</summary>
    public bool ExitWhenEmpty { get; init; }

    /// <summary>How long one pull waits for a message before the worker looks again (and checks for an empty queue).</summary>
    public TimeSpan PullWait { get; init; } = TimeSpan.FromSeconds(1);

    public WorkerProgress Progress { get; } = new();

    /// <summary>Runs until cancelled (the message in hand is given back with a nak) or, with <see cref="ExitWhenEmpty"/>, until the queue is drained.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await queue.EnsureStreamAsync(backoff, log, cancellationToken).ConfigureAwait(false);
        var consumer = await queue.Retry(
            token => queue.JetStream.CreateOrUpdateConsumerAsync(QueueSettings.StreamName, QueueSettings.Consumer(AckWait), token).AsTask(),
            backoff, log, "cannot create the consumer", cancellationToken).ConfigureAwait(false);
        var loops = Enumerable.Range(0, Math.Max(1, Threads)).Select(_ => Task.Run(() => LoopAsync(consumer, cancellationToken), CancellationToken.None));
        try
        {
            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Asked to stop: every loop has given back what it held.
        }
    }

    private async Task LoopAsync(INatsJSConsumer consumer, CancellationToken cancellationToken)
    {
        var next = new NatsJSNextOpts { Expires = PullWait };
        while (!cancellationToken.IsCancellationRequested)
        {
            await queue.WaitConnectedAsync(backoff, log, cancellationToken).ConfigureAwait(false);

            // The pull is not cancelled with the worker: a cancelled pull may already have a message on its way, which
            // would then stay held until the ack wait. It ends by itself within PullWait; what it brings after a stop
            // is given back at once.
            var message = await queue.Retry(
                async _ => await consumer.NextAsync<byte[]>(opts: next, cancellationToken: CancellationToken.None).ConfigureAwait(false),
                backoff, log, "cannot pull", cancellationToken).ConfigureAwait(false);
            if (message is { } held && cancellationToken.IsCancellationRequested)
            {
                await GiveBackAsync(held).ConfigureAwait(false);
            }
            else if (message is { } work)
            {
                await HandleAsync(work, cancellationToken).ConfigureAwait(false);
            }
            else if (ExitWhenEmpty && await IsDrainedAsync(consumer, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> IsDrainedAsync(INatsJSConsumer consumer, CancellationToken cancellationToken)
    {
        await queue.Retry(async token => { await consumer.RefreshAsync(token).ConfigureAwait(false); return true; }, backoff, log, "cannot read the consumer", cancellationToken).ConfigureAwait(false);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    private async Task HandleAsync(INatsJSMsg<byte[]> message, CancellationToken cancellationToken)
    {
        var delivered = message.Metadata?.NumDelivered ?? 1;
        Progress.AddReceived(delivered > 1);
        var where = $"{QueueSettings.StreamName} message {message.Metadata?.Sequence.Stream}";
        Document document;
        try
        {
            document = QueuedDocument.Parse(message.Data ?? []).ToDocument();
        }
        catch (QueueMessageException e)
        {
            await FailAsync(message, where, e.Message).ConfigureAwait(false);
            return;
        }

        var origin = document.Meta.Origin ?? document.Meta.Id;
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            using (KeepAlive(message, cancellationToken))
            {
                pipeline.Run(document, cancellationToken);
            }

            Progress.AddAnalysis(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await GiveBackAsync(message).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // AnnotatorException names the stage; anything else is a bug shown with the document it met. Either way
            // the document is recorded and acknowledged: analyzing it again would fail again.
            await FailAsync(message, origin, e is AnnotatorException ? e.Message : $"internal error: {e.Message}").ConfigureAwait(false);
            return;
        }

        Progress.AddWords(TextStatistics.CountWords(document.Get(Layers.Tokens)));
        var writing = System.Diagnostics.Stopwatch.GetTimestamp();
        // The store may be down for a moment (a database restart: the write fails, or reopening the connection does):
        // retried with backoff; given up, the worker stops
        // with the message unacknowledged, so it is redelivered, never lost.
        var outcome = await backoff.RunAsync(
            _ => Task.FromResult(sink.Add(document)), e => e is System.Data.Common.DbException or Claimline.Store.StoreException, log, $"{sink.Name}: cannot store {origin}", cancellationToken).ConfigureAwait(false);
        Progress.AddStore(System.Diagnostics.Stopwatch.GetElapsedTime(writing));
        Progress.AddOutcome(outcome);

        // Committed: from here on, a lost ack costs one redelivery that finds the text stored.
        await AckAsync(message).ConfigureAwait(false);
    }

    /// <summary>Stopping: gives the message straight back (nak), so that another worker takes it now, not after the ack wait.</summary>
    private async Task GiveBackAsync(INatsJSMsg<byte[]> message)
    {
        try
        {
            await message.NakAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
            log?.Invoke($"stopping: gave message {message.Metadata?.Sequence.Stream} back to the queue");
        }
        catch (Exception e) when (QueueConnection.IsTransient(e))
        {
            log?.Invoke($"{queue.Url}: could not give message {message.Metadata?.Sequence.Stream} back ({e.Message}); it is redelivered after the ack wait");
        }
    }

    private async Task FailAsync(INatsJSMsg<byte[]> message, string origin, string problem)
    {
        Progress.AddFailed();
        log?.Invoke($"skipped {(problem.StartsWith(origin, StringComparison.Ordinal) ? problem : $"{origin}: {problem}")}");
        sink.LogError(origin, problem);
        await AckAsync(message).ConfigureAwait(false);
    }

    private async Task AckAsync(INatsJSMsg<byte[]> message)
    {
        try
        {
            // Double ack: the server confirms, so a worker stopped right after this does not leave it in doubt.
            await message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (QueueConnection.IsTransient(e))
        {
            log?.Invoke($"{queue.Url}: ack not confirmed ({e.Message}); the message will be redelivered and found stored");
        }
    }

    /// <summary>Tells JetStream "still working" every third of the ack wait, so that a long analysis is not handed to another worker.</summary>
    private IDisposable KeepAlive(INatsJSMsg<byte[]> message, CancellationToken cancellationToken)
    {
        var period = AckWait / 3;
        return new Timer(
            _ =>
            {
                if (!cancellationToken.IsCancellationRequested)
                {
                    _ = message.AckProgressAsync(cancellationToken: CancellationToken.None).AsTask().ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
                }
            },
            null,
            period,
            period);
    }
}
