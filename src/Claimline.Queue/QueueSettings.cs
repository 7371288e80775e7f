using NATS.Client.JetStream.Models;

namespace Claimline.Queue;

/// <summary>
/// The JetStream names and settings that publishers and workers share (docs/queue.md explains each choice).
/// </summary>
public static class QueueSettings
{
    public const string StreamName = "CLAIMLINE";

    public const string Subject = "claimline.documents";

    /// <summary>The durable pull consumer every worker shares: JetStream hands each message to one of them.</summary>
    public const string ConsumerName = "claimline-workers";

    /// <summary>
    /// How long JetStream remembers a message id: a document published again within this window (a re-run of the
    /// same ingest, a publisher's retry after a lost PubAck) is dropped by the server. Later repeats are still
    /// harmless: the worker finds the text stored and acknowledges it.
    /// </summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a worker may hold a message before JetStream gives it to another worker. Workers send an
    /// in-progress ack every third of it while analyzing, so a big document is not redelivered; a killed worker's
    /// message is redelivered after at most this long.
    /// </summary>
    public static readonly TimeSpan DefaultAckWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Deliveries before JetStream gives up on a message. A document that fails analysis is recorded and acked at
    /// once, so only a message that kills or stalls its worker every time reaches this; it then stays in the stream,
    /// undelivered, and <c>claimline queue status</c> counts it.
    /// </summary>
    public const int MaxDeliver = 5;

    /// <summary>
    /// Work-queue retention: a message is deleted once a worker acknowledges it, so the stream holds exactly the
    /// backlog; file storage, so a server restart loses nothing.
    /// </summary>
    public static StreamConfig Stream() => new(StreamName, [Subject])
    {
        Retention = StreamConfigRetention.Workqueue,
        Storage = StreamConfigStorage.File,
        DuplicateWindow = DuplicateWindow,
        Discard = StreamConfigDiscard.Old,
    };

    public static ConsumerConfig Consumer(TimeSpan ackWait) => new(ConsumerName)
    {
        DurableName = ConsumerName,
        AckPolicy = ConsumerConfigAckPolicy.Explicit,
        AckWait = ackWait,
        MaxDeliver = MaxDeliver,
        FilterSubject = Subject,
        DeliverPolicy = ConsumerConfigDeliverPolicy.All,
        // Pull requests waiting at once: one per worker thread, with room for many machines.
        MaxWaiting = 512,
    };
}
