using NATS.Client.JetStream;

namespace Claimline.Queue;

/// <summary>What <c>claimline queue status</c> shows: the stream's backlog and the shared consumer's state.</summary>
public sealed record QueueStatus(
    long Messages,
    long Bytes,
    ulong FirstSequence,
    ulong LastSequence,
    bool HasConsumer,
    ulong Pending,
    long AckPending,
    long Redelivered,
    long WaitingPulls,
    ulong DeliveredSequence,
    ulong AckFloor)
{
    public static async Task<QueueStatus?> ReadAsync(QueueConnection queue, Backoff backoff, Action<string>? log, CancellationToken cancellationToken)
    {
        var stream = await queue.Retry(
            async token =>
            {
                try
                {
                    return await queue.JetStream.GetStreamAsync(QueueSettings.StreamName, cancellationToken: token).ConfigureAwait(false);
                }
                catch (NatsJSApiException e) when (e.Error.Code == 404)
                {
                    return null;
                }
            },
            backoff, log, "cannot read the stream", cancellationToken).ConfigureAwait(false);
        if (stream is null)
        {
            return null;
        }

        var consumer = await queue.Retry(
            async token =>
            {
                try
                {
                    return await queue.JetStream.GetConsumerAsync(QueueSettings.StreamName, QueueSettings.ConsumerName, token).ConfigureAwait(false);
                }
                catch (NatsJSApiException e) when (e.Error.Code == 404)
                {
                    return null;
                }
            },
            backoff, log, "cannot read the consumer", cancellationToken).ConfigureAwait(false);
        var state = stream.Info.State;
        var info = consumer?.Info;
        return new QueueStatus(
            state.Messages, state.Bytes, state.FirstSeq, state.LastSeq, info is not null,
            info?.NumPending ?? 0, info?.NumAckPending ?? 0, info?.NumRedelivered ?? 0, info?.NumWaiting ?? 0,
            info?.Delivered?.StreamSeq ?? 0, info?.AckFloor?.StreamSeq ?? 0);
    }
}
