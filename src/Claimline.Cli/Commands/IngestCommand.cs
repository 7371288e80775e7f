using System.CommandLine;
using System.Diagnostics;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Store;
using Claimline.Store.Ingestion;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline ingest PATH…</c>: analyzes articles on all cores and stores them. Safe to interrupt and run again:
/// what was stored stays, and nothing is stored twice.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = InputOptions.Paths();
        var db = StoreOptions.Database();
        var reading = new ReaderOptions();
        var parallel = InputOptions.Parallel("Pipeline workers (default: the number of cores).");
        var queue = QueueOptions.Queue("Publish the documents to this NATS JetStream server (nats://HOST:4222) for 'claimline worker' instead of analyzing them here (docs/queue.md); --db and --parallel are then unused.");
        var command = new Command("ingest", "Analyze articles and store them (SQLite, or PostgreSQL with --db postgres://…), or publish them to a queue (--queue). Interrupted runs resume; the same text is never stored twice.")
        {
            inputs, db, parallel, queue,
        };
        foreach (var option in reading.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(queue) is { } url)
            {
                return await PublishCommand.RunAsync(url, result.GetValue(inputs)!, reading.Create(result), cancellationToken).ConfigureAwait(false);
            }

            ClaimlineStore store;
            try
            {
                store = ClaimlineStore.Open(result.GetValue(db)!);
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine($"claimline: {e.Message}");
                return (int)ExitCode.Failure;
            }

            using (store)
            {
                var runner = new IngestRunner(
                    store,
                    StandardPipeline.Create(),
                    reading.Create(result),
                    result.GetValue(parallel));
                var watch = Stopwatch.StartNew();
                var run = runner.RunAsync(result.GetValue(inputs)!, cancellationToken);
                await ShowProgressAsync(runner.Progress, run).ConfigureAwait(false);
                watch.Stop();
                WriteSummary(runner, store, watch.Elapsed);
                var progress = runner.Progress;
                return (int)(progress.Failed == 0 ? ExitCode.Success : progress.Read == 0 ? ExitCode.NoInput : ExitCode.PartialInput);
            }
        });
        return command;
    }

    /// <summary>A live bar on stderr when it is a terminal; otherwise nothing until the summary.</summary>
    private static async Task ShowProgressAsync(IngestProgress progress, Task run)
    {
        if (Console.IsErrorRedirected)
        {
            await run.ConfigureAwait(false);
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var watch = Stopwatch.StartNew();
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, progress.BytesTotal));
                while (!run.IsCompleted)
                {
                    await Task.WhenAny(run, Task.Delay(250)).ConfigureAwait(false);
                    var seconds = Math.Max(0.001, watch.Elapsed.TotalSeconds);
                    task.Value = Math.Min(progress.BytesDone, task.MaxValue);
                    task.Description = $"{progress.Stored:N0} stored, {progress.Words:N0} words, {progress.Words / seconds:N0} words/s, {progress.Failed:N0} skipped";
                }

                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        await run.ConfigureAwait(false);
    }

    private static void WriteSummary(IngestRunner runner, ClaimlineStore store, TimeSpan elapsed)
    {
        var progress = runner.Progress;
        foreach (var error in runner.Errors)
        {
            Console.Error.WriteLine($"claimline: skipped {error}");
        }

        var console = CliConsole.Error;
        var seconds = Math.Max(0.001, elapsed.TotalSeconds);
        var table = new Table().AddColumn("ingest").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents read", $"{progress.Read:N0}");
        table.AddRow("stored", $"{progress.Stored:N0}");
        table.AddRow("  of which near-duplicates (linked)", $"{progress.NearDuplicates:N0}");
        table.AddRow("already stored (skipped)", $"{progress.AlreadyStored:N0}");
        table.AddRow("skipped for errors", $"{progress.Failed:N0}");
        table.AddRow("words analyzed", $"{progress.Words:N0}");
        table.AddRow("time", $"{elapsed.TotalSeconds:N1} s");
        table.AddRow("words/s", $"{progress.Words / seconds:N0}");
        table.AddRow("documents in the store", $"{store.Queries.CountDocuments():N0}");
        console.Write(table);
        console.WriteLine($"store: {store.Path}");
    }
}
