using System.Diagnostics;
using Claimline.Queue;
using Claimline.Reading;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline ingest --queue nats://…</c>: publishes the documents for workers instead of analyzing them.</summary>
internal static class PublishCommand
{
    public static async Task<int> RunAsync(string url, IReadOnlyList<string> inputs, DocumentReader reader, CancellationToken cancellationToken)
    {
        await using var queue = await QueueOptions.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        if (queue is null)
        {
            return (int)ExitCode.Failure;
        }

        var publisher = new QueuePublisher(queue, reader, QueueOptions.Backoff, QueueOptions.Log);
        var watch = Stopwatch.StartNew();
        try
        {
            await publisher.RunAsync(inputs, cancellationToken).ConfigureAwait(false);
        }
        catch (QueueException e)
        {
            // The stream could not be created: nothing was published.
            QueueOptions.Log(e.Message);
            return (int)ExitCode.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            QueueOptions.Log($"interrupted after {publisher.Progress.Published:N0} documents published; the same command again publishes the rest (repeats are dropped)");
            return (int)ExitCode.Failure;
        }

        foreach (var error in publisher.Errors)
        {
            QueueOptions.Log($"skipped {error}");
        }

        var progress = publisher.Progress;
        var table = new Table().AddColumn("ingest --queue").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents read", $"{progress.Read:N0}");
        table.AddRow("published", $"{progress.Published:N0}");
        table.AddRow("duplicates (dropped by the stream)", $"{progress.Duplicates:N0}");
        table.AddRow("skipped for errors", $"{progress.Failed:N0}");
        table.AddRow("time", $"{watch.Elapsed.TotalSeconds:N1} s");
        CliConsole.Error.Write(table);
        CliConsole.Error.WriteLine($"queue: {url} stream {QueueSettings.StreamName}, subject {QueueSettings.Subject}");
        return (int)(progress.Failed == 0 ? ExitCode.Success : progress.Read == 0 ? ExitCode.NoInput : ExitCode.PartialInput);
    }
}
