using System.CommandLine;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Claimline.Pipeline;
using Claimline.Queue;
using Claimline.Store;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline worker --queue nats://… --db PATH|postgres://…</c>: analyzes the documents that <c>ingest --queue</c> published
/// and stores them. Any number of workers, on any number of machines, share the queue; stop one with Ctrl-C or
/// SIGTERM (the document in hand goes back to the queue) or kill it (the document comes back after the ack wait).
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var queue = QueueOptions.Queue("The NATS JetStream server to take documents from (nats://HOST:4222).");
        queue.Required = true;
        var db = StoreOptions.Database();
        var threads = new Option<int>("--workers")
        {
            Description = "Documents analyzed at once in this process (default 1: run one worker process per core, or raise this).",
            DefaultValueFactory = _ => 1,
        };
        var ackWait = new Option<int>("--ack-wait")
        {
            Description = $"Seconds before a message held by a dead worker goes to another (default {QueueSettings.DefaultAckWait.TotalSeconds:0}; live workers send in-progress acks). Shared by all workers: the last one started sets it.",
            DefaultValueFactory = _ => (int)QueueSettings.DefaultAckWait.TotalSeconds,
        };
        var exitWhenEmpty = new Option<bool>("--exit-when-empty") { Description = "Stop once the queue is empty and no worker holds a message (batch runs); by default a worker waits for more." };
        threads.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--workers must be at least 1."); } });
        ackWait.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 3) { r.AddError("--ack-wait must be at least 3 seconds."); } });

        var command = new Command("worker", "Analyze and store the documents published with 'ingest --queue' (docs/queue.md).")
        {
            queue, db, threads, ackWait, exitWhenEmpty,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            ClaimlineStore store;
            var location = result.GetValue(db)!;
            try
            {
                store = ClaimlineStore.Open(location);
            }
            catch (StoreException e)
            {
                QueueOptions.Log(e.Message);
                return (int)ExitCode.Failure;
            }

            using var sink = new StoreDocumentSink(store, () => ClaimlineStore.Open(location));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

            // SIGTERM (a service manager, kill) stops the worker as Ctrl-C does: the document in hand is given back.
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            await using var connection = await QueueOptions.ConnectAsync(result.GetValue(queue)!, stop.Token).ConfigureAwait(false);
            if (connection is null)
            {
                return (int)ExitCode.Failure;
            }

            var worker = new QueueWorker(connection, StandardPipeline.Create(), sink, QueueOptions.Backoff, QueueOptions.Log)
            {
                Threads = result.GetValue(threads),
                AckWait = TimeSpan.FromSeconds(result.GetValue(ackWait)),
                ExitWhenEmpty = result.GetValue(exitWhenEmpty),
            };
            var watch = Stopwatch.StartNew();
            QueueOptions.Log($"worker {Environment.ProcessId}: {connection.Url} stream {QueueSettings.StreamName} → {sink.Name}");
            var run = worker.RunAsync(stop.Token);
            while (await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None)).ConfigureAwait(false) != run)
            {
                QueueOptions.Log(Summary(worker.Progress, watch.Elapsed));
            }

            try
            {
                await run.ConfigureAwait(false);
            }
            catch (QueueException e)
            {
                QueueOptions.Log(e.Message);
                QueueOptions.Log(Summary(worker.Progress, watch.Elapsed));
                return (int)ExitCode.Failure;
            }

            QueueOptions.Log(Summary(worker.Progress, watch.Elapsed) + (stop.IsCancellationRequested ? " (stopped)" : ""));
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static string Summary(WorkerProgress progress, TimeSpan elapsed)
        => $"worker {Environment.ProcessId}: {progress.Stored:N0} stored ({progress.NearDuplicates:N0} near-duplicates), " +
           $"{progress.AlreadyStored:N0} already stored, {progress.Failed:N0} failed, {progress.Redelivered:N0} redelivered, " +
           $"{progress.Words:N0} words in {elapsed.TotalSeconds:N1} s, {progress.Words / Math.Max(0.001, elapsed.TotalSeconds):N0} words/s; " +
           $"{progress.Analysis.TotalSeconds:N1} s analyzing, {progress.Store.TotalSeconds:N1} s writing";
}
