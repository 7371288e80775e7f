using Microsoft.Data.Sqlite;

namespace Claimline.Cli.Tests.Queue;

/// <summary>
/// The queue end to end with real processes against a real NATS server (issue #19): publish, several workers into one
/// SQLite store, a worker killed with SIGKILL and restarted, SIGTERM. One class, so its tests never share the stream
/// at the same time.
/// </summary>
public sealed class QueueClusterTests : IDisposable
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(5);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("claimline-queue");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Three_workers_one_killed_and_restarted_store_every_document_once_as_a_plain_ingest_does()
    {
        const int Documents = 2000;
        var url = NatsServer.Url();
        await NatsServer.ResetAsync(url);
        var input = Path.Combine(_dir.FullName, "invented.jsonl");
        // One line that cannot be read, in the middle: reported, and the rest is published.
        var lines = InventedNews.Jsonl(Documents).Split('\n');
        await File.WriteAllTextAsync(input, string.Join('\n', [.. lines[..1000], "{\"id\": \"broken\", \"text\":", .. lines[1000..]]), TestContext.Current.CancellationToken);
        var work = Path.Combine(_dir.FullName, "workers.db");
        var reference = Path.Combine(_dir.FullName, "plain.db");

        var (code, _, stderr) = CliProcess.Run(null, "ingest", "--queue", url, input);
        Assert.True(code == 3, stderr);
        Assert.Contains("invented.jsonl:1001", stderr, StringComparison.Ordinal);
        Assert.Matches(@"published\s+│\s+2,000", stderr);

        // Published again: JetStream drops every repeat by its message id (the content hash).
        (code, _, stderr) = CliProcess.Run(null, "ingest", "--queue", url, input);
        Assert.True(code == 3, stderr);
        Assert.Matches(@"duplicates \(dropped by the stream\)\s+│\s+2,000", stderr);
        Assert.Equal(Documents, (await NatsServer.StatusAsync(url)).Messages);

        var status = await ThreeWorkersOneKilledAsync(url, work, () => StoredCount(work), Documents);
        Assert.Equal(0UL, status.Pending);
        Assert.Equal(Documents, StoredCount(work));
        Assert.Equal(Documents, StoreDump.Count(work, "SELECT count(DISTINCT content_hash) FROM documents"));
        Assert.Equal(0, StoreDump.Count(work, "SELECT count(*) FROM ingest_errors"));

        (code, _, stderr) = CliProcess.Run(null, "ingest", input, "--db", reference);
        Assert.True(code == 3, stderr);
        var expected = StoreDump.Read(reference);
        foreach (var table in new[] { "referents", "quotes", "quantities", "claims", "times" })
        {
            Assert.True(expected[table].Count > 0, $"the invented stories give no {table}: the comparison would prove little");
        }

        StoreDump.AssertEqual(expected, StoreDump.Read(work));
    }

    [Fact]
    public async Task Sigterm_gives_the_document_in_hand_back_and_a_later_worker_stores_the_rest()
    {
        const int Documents = 400;
        var url = NatsServer.Url();
        await NatsServer.ResetAsync(url);
        var input = Path.Combine(_dir.FullName, "invented.jsonl");
        await File.WriteAllTextAsync(input, InventedNews.Jsonl(Documents), TestContext.Current.CancellationToken);
        var work = Path.Combine(_dir.FullName, "workers.db");
        Assert.Equal(0, CliProcess.Run(null, "ingest", "--queue", url, input).ExitCode);

        int givenBack;
        using (var worker = WorkerProcess.Start("worker", "--queue", url, "--db", work, "--ack-wait", "60"))
        {
            var deadline = DateTime.UtcNow + s_patience;
            while (StoredCount(work) < 20 && DateTime.UtcNow < deadline && !worker.Process.HasExited)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            worker.Terminate();
            Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(20)) == 0, worker.Stderr);
            Assert.Contains("(stopped)", worker.Stderr, StringComparison.Ordinal);
            givenBack = worker.Stderr.Split('\n').Count(line => line.Contains("back to the queue", StringComparison.Ordinal));
        }

        Assert.InRange(StoredCount(work), 20, Documents - 1);

        // A message given back is delivered again at once: the next worker gets it (as a redelivery) and, with
        // nothing left held, finishes long before the 60 s ack wait would have released it.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var finisher = WorkerProcess.Start("worker", "--queue", url, "--db", work, "--exit-when-empty", "--workers", "2");
        Assert.True(finisher.WaitForExit(s_patience) == 0, finisher.Stderr);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(50), $"the finishing worker took {watch.Elapsed.TotalSeconds:N0} s: a message stayed held until the ack wait\n{finisher.Stderr}");
        Assert.Contains($" {givenBack} redelivered", finisher.Stderr, StringComparison.Ordinal);
        Assert.Equal(Documents, StoredCount(work));
        Assert.Equal(0, (await NatsServer.StatusAsync(url)).Messages);
    }

    [Fact]
    public async Task A_server_killed_and_restarted_mid_publish_loses_no_document_and_doubles_none()
    {
        const int Documents = 60_000;
        using var server = new PrivateNatsServer(Path.Combine(_dir.FullName, "jetstream"));
        var input = Path.Combine(_dir.FullName, "many.jsonl");
        await File.WriteAllLinesAsync(
            input,
            Enumerable.Range(0, Documents).Select(i => $"{{\"id\":\"s{i}\",\"text\":\"Storm number {i} damaged {i * 7} homes, officials said.\"}}"),
            TestContext.Current.CancellationToken);

        using var publisher = WorkerProcess.Start("ingest", "--queue", server.Url, input);
        var deadline = DateTime.UtcNow + s_patience;
        while (DateTime.UtcNow < deadline && !publisher.Process.HasExited && await PublishedSoFarAsync(server.Url) < 5_000)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.False(publisher.Process.HasExited, $"the publisher finished before the server could be killed; more documents needed on this machine:\n{publisher.Stderr}");
        // Down longer than a publish waits for its PubAck (10 s): the publishes in flight fail and are retried.
        server.Kill();
        await Task.Delay(TimeSpan.FromSeconds(12), TestContext.Current.CancellationToken);
        server.Start();

        Assert.True(publisher.WaitForExit(s_patience) == 0, publisher.Stderr);
        Assert.Contains($"{server.Url}: cannot publish ", publisher.Stderr, StringComparison.Ordinal);
        Assert.Contains("; retry 2/8 in 0.5 s", publisher.Stderr, StringComparison.Ordinal);
        var published = long.Parse(System.Text.RegularExpressions.Regex.Match(publisher.Stderr, @"published\s+│\s+([\d,]+)").Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        var duplicates = long.Parse(System.Text.RegularExpressions.Regex.Match(publisher.Stderr, @"duplicates \(dropped by the stream\)\s+│\s+([\d,]+)").Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

        // Every document acknowledged, as new or as a repeat (its first PubAck was lost with the server), and the
        // stream holds each exactly once.
        Assert.Equal(Documents, published + duplicates);
        Assert.Equal(Documents, (await NatsServer.StatusAsync(server.Url)).Messages);
    }

    [Fact]
    public async Task A_message_that_is_not_a_document_is_recorded_in_the_store_and_acknowledged_not_redelivered()
    {
        var url = NatsServer.Url();
        await NatsServer.ResetAsync(url);
        var input = Path.Combine(_dir.FullName, "invented.jsonl");
        await File.WriteAllTextAsync(input, InventedNews.Jsonl(3), TestContext.Current.CancellationToken);
        Assert.Equal(0, CliProcess.Run(null, "ingest", "--queue", url, input).ExitCode);
        await using (var queue = await Claimline.Queue.QueueConnection.OpenAsync(url, Claimline.Queue.Backoff.Default, null, TestContext.Current.CancellationToken))
        {
            var ack = await queue.JetStream.PublishAsync(Claimline.Queue.QueueSettings.Subject, "not a document"u8.ToArray(), cancellationToken: TestContext.Current.CancellationToken);
            Assert.Null(ack.Error);
        }

        var work = Path.Combine(_dir.FullName, "workers.db");
        using var worker = WorkerProcess.Start("worker", "--queue", url, "--db", work, "--exit-when-empty");
        Assert.True(worker.WaitForExit(s_patience) == 0, worker.Stderr);
        Assert.Contains("3 stored", worker.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 failed", worker.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, StoredCount(work));
        Assert.Equal(1, StoreDump.Count(work, "SELECT count(*) FROM ingest_errors WHERE origin = 'CLAIMLINE message 4' AND message LIKE 'not a Claimline document message:%'"));
        Assert.Equal(0, (await NatsServer.StatusAsync(url)).Messages);
    }

    [Fact]
    public async Task Three_workers_into_postgresql_one_killed_and_restarted_store_every_document_once_as_a_plain_ingest_into_sqlite_does()
    {
        // Issue #19's acceptance test on the team setup of docs/queue.md: workers writing one shared PostgreSQL
        // database, one of them killed with SIGKILL mid-stream and restarted.
        const int Documents = 2000;
        var url = NatsServer.Url();
        using var schema = TestPostgresSchema.Create("queue");
        var work = schema.ConnectionString;
        await NatsServer.ResetAsync(url);
        var input = Path.Combine(_dir.FullName, "invented.jsonl");
        await File.WriteAllTextAsync(input, InventedNews.Jsonl(Documents), TestContext.Current.CancellationToken);
        Assert.Equal(0, CliProcess.Run(null, "ingest", "--queue", url, input).ExitCode);

        await ThreeWorkersOneKilledAsync(url, work, () => Stored(work), Documents);
        var reference = Path.Combine(_dir.FullName, "plain.db");
        Assert.Equal(0, CliProcess.Run(null, "ingest", input, "--db", reference).ExitCode);

        // Every document once, by content: key, text and all its layers (referents, quotes, claims, events … as
        // stored), and the cross-article tables the queries read from them.
        var expected = Contents(reference);
        var actual = Contents(work);
        Assert.Equal(Documents, expected.Count);
        Assert.Equal(Documents, Stored(work));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (text, stored) in expected)
        {
            Assert.Equal(stored, actual[text]);
        }

        var summary = Summary(reference);
        Assert.True(summary.Split('\n').Length > 10, $"the invented stories give too few entities and concepts for the comparison to prove much:\n{summary}");
        Assert.Equal(summary, Summary(work));

        static long Stored(string location)
        {
            using var store = Claimline.Store.ClaimlineStore.Open(location);
            return store.Queries.CountDocuments();
        }

        static Dictionary<string, (string Key, string Layers)> Contents(string location)
        {
            using var store = Claimline.Store.ClaimlineStore.Open(location, mustExist: true);
            return store.Queries.All().ToDictionary(
                d => d.Document.Text,
                d => (d.Document.Meta.Id, Claimline.Serialization.DocumentJson.SerializeAnnotations(d.Document)),
                StringComparer.Ordinal);
        }

        static string Summary(string location)
        {
            using var store = Claimline.Store.ClaimlineStore.Open(location, mustExist: true);
            var entities = store.Queries.TopEntities(limit: 50).Select(e => $"{e.Key} {e.Documents} {e.Mentions}");
            var concepts = store.Claims.Concepts(limit: 50).Select(c => $"{c.Key} {c.Claims} {c.Holders} {c.Documents}");
            return string.Join('\n', entities.Order(StringComparer.Ordinal).Concat(concepts.Order(StringComparer.Ordinal)));
        }
    }

    /// <summary>
    /// Three workers from the queue into <paramref name="db"/>; the first is killed with SIGKILL once 300 documents are
    /// stored, and a fourth started in its place. Returns the queue's status once all have finished, the stream empty
    /// and nothing held.
    /// </summary>
    private static async Task<Claimline.Queue.QueueStatus> ThreeWorkersOneKilledAsync(string url, string db, Func<long> stored, int documents)
    {
        string[] worker = ["worker", "--queue", url, "--db", db, "--exit-when-empty", "--ack-wait", "5"];
        using var first = WorkerProcess.Start(worker);
        using var second = WorkerProcess.Start(worker);
        using var third = WorkerProcess.Start(worker);
        var deadline = DateTime.UtcNow + s_patience;
        while (stored() < 300 && DateTime.UtcNow < deadline && !first.Process.HasExited)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(first.Process.HasExited, $"the first worker stopped before it could be killed:\n{first.Stderr}");
        first.Process.Kill(); // SIGKILL: the message in hand is neither acked nor given back
        first.Process.WaitForExit();
        Assert.InRange(stored(), 300, documents - 1);

        using var restarted = WorkerProcess.Start(worker);
        foreach (var running in new[] { second, third, restarted })
        {
            Assert.True(running.WaitForExit(s_patience) == 0, running.Stderr);
        }

        var status = await NatsServer.StatusAsync(url);
        Assert.Equal(0, status.Messages);
        Assert.Equal(0, status.AckPending);
        return status;
    }

    private static async Task<long> PublishedSoFarAsync(string url)
    {
        try
        {
            await using var queue = await Claimline.Queue.QueueConnection.OpenAsync(url, Claimline.Queue.Backoff.Default with { Attempts = 1 }, null, TestContext.Current.CancellationToken);
            return (await Claimline.Queue.QueueStatus.ReadAsync(queue, Claimline.Queue.Backoff.Default with { Attempts = 1 }, null, TestContext.Current.CancellationToken))?.Messages ?? 0;
        }
        catch (Claimline.Queue.QueueException)
        {
            return 0;
        }
    }

    private static long StoredCount(string db) => StoreDump.Count(db, "SELECT count(*) FROM documents");
}
