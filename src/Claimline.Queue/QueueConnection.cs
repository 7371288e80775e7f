using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Claimline.Queue;

/// <summary>
/// A connection to one NATS server with JetStream, opened with retries: a server that is down is named in every
/// message (<c>nats://127.0.0.1:4222: cannot connect: …</c>), retried with <see cref="Backoff"/>, then reported.
/// </summary>
public sealed class QueueConnection : IAsyncDisposable
{
    private readonly NatsConnection _connection;

    private QueueConnection(string url, NatsConnection connection)
    {
        Url = url;
        _connection = connection;
        JetStream = new NatsJSContext(connection);
    }

    public string Url { get; }

    public NatsJSContext JetStream { get; }

    /// <summary>The largest message the server accepts (its <c>max_payload</c>, 1 MiB unless configured).</summary>
    public long MaxPayload => _connection.ServerInfo?.MaxPayload ?? 1024 * 1024;

    /// <summary>True for the errors worth retrying: the server unreachable, a timeout, no JetStream answer yet.</summary>
    public static bool IsTransient(Exception e)
        => e is NatsException or TimeoutException or OperationCanceledException { InnerException: TimeoutException } or System.Net.Sockets.SocketException
            && e is not (NatsJSApiException { Error.Code: >= 400 and < 500 and not 408 } or NatsJSDuplicateMessageException);

    public static async Task<QueueConnection> OpenAsync(string url, Backoff backoff, Action<string>? log, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls") || string.IsNullOrEmpty(uri.Host))
        {
            throw new QueueException($"{url}: not a NATS address (nats://HOST:4222)");
        }

        var options = NatsOpts.Default with
        {
            Url = url,
            Name = $"claimline-{Environment.MachineName}-{Environment.ProcessId}",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            return await backoff.RunAsync(
                async token =>
                {
                    var connection = new NatsConnection(options);
                    try
                    {
                        await connection.ConnectAsync().AsTask().WaitAsync(token).ConfigureAwait(false);
                        return new QueueConnection(url, connection);
                    }
                    catch
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                },
                IsTransient,
                log,
                $"{url}: cannot connect",
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new QueueException($"{url}: cannot connect: {Innermost(e).Message}", e);
        }
    }

    /// <summary>
    /// Returns once the connection is open. The client reconnects by itself after the server went away, and a pull
    /// meanwhile just comes back empty; this makes the wait visible (a line before each retry) and bounded: when
    /// the backoff is spent, a <see cref="QueueException"/> names the server.
    /// </summary>
    public async Task WaitConnectedAsync(Backoff backoff, Action<string>? log, CancellationToken cancellationToken)
    {
        for (var attempt = 2; _connection.ConnectionState != NatsConnectionState.Open; attempt++)
        {
            if (attempt > backoff.Attempts)
            {
                throw new QueueException($"{Url}: cannot connect: connection lost ({_connection.ConnectionState}) and not back after {backoff.Attempts - 1} retries");
            }

            var delay = backoff.DelayBefore(attempt);
            log?.Invoke($"{Url}: connection lost ({_connection.ConnectionState}); retry {attempt}/{backoff.Attempts} in {delay.TotalSeconds:0.#} s");
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            if (_connection.ConnectionState == NatsConnectionState.Open)
            {
                log?.Invoke($"{Url}: connected again");
            }
        }
    }

    /// <summary>Creates the stream if it is missing (and brings an older one's settings up to date).</summary>
    public async Task EnsureStreamAsync(Backoff backoff, Action<string>? log, CancellationToken cancellationToken)
        => await Retry(token => JetStream.CreateOrUpdateStreamAsync(QueueSettings.Stream(), token).AsTask(), backoff, log, "cannot create the stream", cancellationToken).ConfigureAwait(false);

    /// <summary>Runs a JetStream call with retries; when they are spent, a <see cref="QueueException"/> names the server.</summary>
    public async Task<T> Retry<T>(Func<CancellationToken, Task<T>> action, Backoff backoff, Action<string>? log, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await backoff.RunAsync(action, IsTransient, log, $"{Url}: {what}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NatsException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            throw new QueueException($"{Url}: {what}: {Innermost(e).Message}", e);
        }
    }

    internal static Exception Innermost(Exception e)
    {
        while (e.InnerException is { } inner && e is not NatsJSApiException)
        {
            e = inner;
        }

        return e;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
