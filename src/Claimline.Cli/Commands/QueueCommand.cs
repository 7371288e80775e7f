using System.CommandLine;
using Claimline.Queue;
using Spectre.Console;

namespace Claimline.Cli.Commands;

/// <summary><c>claimline queue status --queue nats://…</c>: the backlog and what the workers hold.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var queue = QueueOptions.Queue("The NATS JetStream server (nats://HOST:4222).");
        queue.Required = true;
        var status = new Command("status", "The stream's backlog and the workers' consumer: pending, held (ack pending), redelivered.") { queue };
        status.SetAction(async (result, cancellationToken) =>
        {
            var url = result.GetValue(queue)!;
            await using var connection = await QueueOptions.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            if (connection is null)
            {
                return (int)ExitCode.Failure;
            }

            QueueStatus? state;
            try
            {
                state = await QueueStatus.ReadAsync(connection, QueueOptions.Backoff, QueueOptions.Log, cancellationToken).ConfigureAwait(false);
            }
            catch (QueueException e)
            {
                QueueOptions.Log(e.Message);
                return (int)ExitCode.Failure;
            }

            if (state is null)
            {
                CliConsole.Out.WriteLine($"{url}: no stream {QueueSettings.StreamName} yet (created by the first 'claimline ingest --queue' or 'claimline worker')");
                return (int)ExitCode.Success;
            }

            var table = new Table().AddColumn($"{QueueSettings.StreamName} on {url}").AddColumn(new TableColumn("value").RightAligned());
            table.AddRow("messages in the stream (not yet acknowledged)", $"{state.Messages:N0}");
            table.AddRow("bytes in the stream", $"{state.Bytes:N0}");
            table.AddRow("published so far (last sequence)", $"{state.LastSequence:N0}");
            if (state.HasConsumer)
            {
                table.AddRow("pending (never delivered)", $"{state.Pending:N0}");
                table.AddRow("held by workers (ack pending)", $"{state.AckPending:N0}");
                table.AddRow("redelivered (held, delivered before)", $"{state.Redelivered:N0}");
                table.AddRow("workers waiting for a message", $"{state.WaitingPulls:N0}");
                table.AddRow("given up (over max deliveries)", $"{Math.Max(0, state.Messages - (long)state.Pending - state.AckPending):N0}");
            }
            else
            {
                table.AddRow("consumer", $"none yet ({QueueSettings.ConsumerName}, created by the first worker)");
            }

            CliConsole.Out.Write(table);
            return (int)ExitCode.Success;
        });
        return new Command("queue", "The document queue for workers (NATS JetStream; docs/queue.md).") { status };
    }
}
