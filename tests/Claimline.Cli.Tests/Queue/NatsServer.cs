using Claimline.Queue;

namespace Claimline.Cli.Tests.Queue;

/// <summary>
/// The throw-away NATS server (JetStream on) that .ci/run starts and names in <c>CLAIMLINE_TEST_NATS</c>; tests that
/// need it skip with the reason when it is not set (a clone without the server).
/// </summary>
internal static class NatsServer
{
    public const string Variable = "CLAIMLINE_TEST_NATS";

    public static string Url()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(url))
        {
            Assert.Skip($"{Variable} is not set: no NATS server with JetStream to test against (.ci/run starts one: nats-server -js).");
        }

        return url;
    }

    /// <summary>Deletes the stream (and with it the consumer), so that a test starts from an empty queue.</summary>
    public static async Task ResetAsync(string url)
    {
        await using var queue = await QueueConnection.OpenAsync(url, Backoff.Default with { Attempts = 3 }, null, TestContext.Current.CancellationToken);
        try
        {
            await queue.JetStream.DeleteStreamAsync(QueueSettings.StreamName, TestContext.Current.CancellationToken);
        }
        catch (NATS.Client.JetStream.NatsJSApiException e) when (e.Error.Code == 404)
        {
            // Nothing to delete.
        }
    }

    public static async Task<QueueStatus> StatusAsync(string url)
    {
        await using var queue = await QueueConnection.OpenAsync(url, Backoff.Default with { Attempts = 3 }, null, TestContext.Current.CancellationToken);
        var status = await QueueStatus.ReadAsync(queue, Backoff.Default with { Attempts = 3 }, null, TestContext.Current.CancellationToken);
        Assert.NotNull(status);
        return status;
    }
}
