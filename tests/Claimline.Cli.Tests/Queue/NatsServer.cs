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

/// <summary>
/// A nats-server of the test's own (JetStream, its store in a temporary folder), for tests that stop and restart the
/// server; skips when Debian's nats-server is not installed.
/// </summary>
internal sealed class PrivateNatsServer : IDisposable
{
    private readonly string _storeDir;
    private System.Diagnostics.Process? _process;

    public PrivateNatsServer(string storeDir)
    {
        var binary = new[] { "/usr/bin/nats-server", "/usr/local/bin/nats-server", "/usr/sbin/nats-server" }.FirstOrDefault(File.Exists);
        if (binary is null)
        {
            Assert.Skip("nats-server is not installed (apt-get install nats-server).");
        }

        Binary = binary;
        _storeDir = storeDir;
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        Port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Start();
    }

    public string Binary { get; }

    public int Port { get; }

    public string Url => $"nats://127.0.0.1:{Port}";

    /// <summary>Starts the server on the same port and store (after <see cref="Kill"/>: a restart that keeps the stream).</summary>
    public void Start()
    {
        var info = new System.Diagnostics.ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-js", "-sd", _storeDir, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(arg);
        }

        _process = System.Diagnostics.Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient("127.0.0.1", Port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(50);
            }
        }

        Assert.Fail($"nats-server did not start on port {Port}");
    }

    /// <summary>SIGKILL: the server goes away without a word to its clients.</summary>
    public void Kill()
    {
        _process?.Kill();
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();
}
