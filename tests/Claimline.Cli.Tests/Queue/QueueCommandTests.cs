using Claimline.Model;
using Claimline.Queue;
using Claimline.Text;

namespace Claimline.Cli.Tests.Queue;

/// <summary>The queue's parts that need no server: the message format, the backoff, and a server that is down.</summary>
public sealed class QueueCommandTests
{
    [Fact]
    public void A_message_gives_back_the_document_the_reader_made()
    {
        var document = new Document(
            "date 2025-04-01\n\nVALLETTA, Malta — Divers searched the harbor.",
            new DocumentMeta("malta", "AP", "https://example.org/a", "Divers search", new DateOnly(2025, 4, 1), "en", "news.jsonl:3", new TextSpan(0, 15), "Jane Doe"));
        var back = QueuedDocument.Parse(QueuedDocument.From(document).ToUtf8()).ToDocument();
        Assert.Equal(document.Text, back.Text);
        Assert.Equal(document.Meta, back.Meta);

        var bare = new Document("Plain text.", new DocumentMeta("plain"));
        Assert.Equal(bare.Meta, QueuedDocument.Parse(QueuedDocument.From(bare).ToUtf8()).ToDocument().Meta);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"v\":1,\"id\":\"x\"}")]
    [InlineData("{\"v\":2,\"id\":\"x\",\"text\":\"t\",\"language\":\"en\"}")]
    public void A_message_that_is_not_a_document_of_this_format_is_refused(string body)
        => Assert.Throws<QueueMessageException>(() => QueuedDocument.Parse(System.Text.Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void Backoff_doubles_up_to_its_ceiling()
    {
        var backoff = new Backoff(8, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(4));
        Assert.Equal([0.5, 1, 2, 4, 4], [.. Enumerable.Range(2, 5).Select(a => backoff.DelayBefore(a).TotalSeconds)]);
    }

    [Fact]
    public async Task Backoff_retries_transient_failures_then_rethrows_the_last()
    {
        var backoff = new Backoff(3, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(1));
        var log = new List<string>();
        var tries = 0;
        var error = await Assert.ThrowsAsync<TimeoutException>(() => backoff.RunAsync<int>(
            _ => { tries++; throw new TimeoutException($"try {tries}"); }, _ => true, log.Add, "server", TestContext.Current.CancellationToken));
        Assert.Equal(3, tries);
        Assert.Equal("try 3", error.Message);
        Assert.Equal(["server: try 1; retry 2/3 in 0 s", "server: try 2; retry 3/3 in 0 s"], log);
    }

    [Theory]
    [InlineData("ingest", "--queue", "URL", "README.md")]
    [InlineData("worker", "--queue", "URL", "--db", "DB")]
    [InlineData("queue", "status", "--queue", "URL")]
    public void A_server_that_is_down_is_named_retried_and_reported(params string[] args)
    {
        // A port nothing listens on: reserved by a listener that is closed at once.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var url = $"nats://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var dir = Directory.CreateTempSubdirectory("claimline-queue-down");
        try
        {
            var (code, _, stderr) = CliProcess.RunWithEnvironment(
                new Dictionary<string, string> { ["CLAIMLINE_QUEUE_ATTEMPTS"] = "2" },
                [.. args.Select(a => a == "URL" ? url : a == "DB" ? Path.Combine(dir.FullName, "w.db") : a == "README.md" ? Path.Combine(RepositoryRoot(), "README.md") : a)]);
            Assert.Equal(1, code);
            Assert.Contains($"{url}: cannot connect: ", stderr, StringComparison.Ordinal);
            Assert.Contains("retry 2/2 in 0.5 s", stderr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Claimline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
