using Claimline.Reading;
using Claimline.Store;
using NATS.Client.JetStream;

namespace Claimline.Queue;

/// <summary>
/// <c>claimline ingest --queue</c>: reads the inputs as <c>ingest</c> does and publishes one message per document
/// (file, JSONL line, feed item, WARC record) to the stream, with the document's content hash as its message id
/// (<c>Nats-Msg-Id</c>) so that JetStream drops a repeat. A document counts as published only once the stream has
/// acknowledged it (PubAck); a publish that fails is retried with backoff, then reported as an error, never counted.
/// </summary>
public sealed class QueuePublisher(QueueConnection queue, DocumentReader reader, Backoff backoff, Action<string>? log)
{
    private readonly List<string> _errors = [];

    /// <summary>How many publishes wait for their PubAck at once: enough to hide the round trip, bounded for memory.</summary>
    public int InFlight { get; init; } = 64;

    public PublishProgress Progress { get; } = new();

    /// <summary>The inputs and documents that were not published, in order (first 10,000).</summary>
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

    public async Task RunAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        await queue.EnsureStreamAsync(backoff, log, cancellationToken).ConfigureAwait(false);
        var pending = new List<Task>();
        foreach (var result in reader.Read(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (result.Error is { } error)
            {
                Fail(error.Message);
                continue;
            }

            Progress.AddRead();
            pending.Add(PublishAsync(result.Document!, cancellationToken));
            if (pending.Count >= InFlight)
            {
                var done = await Task.WhenAny(pending).ConfigureAwait(false);
                pending.Remove(done);
                await done.ConfigureAwait(false);
            }
        }

        await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private async Task PublishAsync(Model.Document document, CancellationToken cancellationToken)
    {
        var origin = document.Meta.Origin ?? document.Meta.Id;
        var body = QueuedDocument.From(document).ToUtf8();
        if (body.Length > queue.MaxPayload)
        {
            Fail($"{origin}: {body.Length:N0} bytes as a message, over the server's max_payload of {queue.MaxPayload:N0} bytes (raise max_payload in nats-server's configuration)");
            return;
        }

        var options = new NatsJSPubOpts { MsgId = ContentFingerprint.ContentHash(document.Text) };
        try
        {
            var ack = await queue.Retry(
                async token =>
                {
                    var answer = await queue.JetStream.PublishAsync(QueueSettings.Subject, body, opts: options, cancellationToken: token).ConfigureAwait(false);
                    // Not EnsureSuccess: it throws on a duplicate, which here is a success (the stream has the document).
                    return answer.Error is { } refused ? throw new NatsJSApiException(refused) : answer;
                },
                backoff,
                log,
                $"cannot publish {origin}",
                cancellationToken).ConfigureAwait(false);
            Progress.AddPublished(ack.Duplicate);
        }
        catch (QueueException e)
        {
            Fail(e.Message);
        }
        catch (NatsJSApiException e)
        {
            Fail($"{origin}: the stream refused it: {e.Error.Description}");
        }
    }

    private void Fail(string message)
    {
        Progress.AddFailed();
        lock (_errors)
        {
            if (_errors.Count < 10_000)
            {
                _errors.Add(message);
            }
        }
    }
}
