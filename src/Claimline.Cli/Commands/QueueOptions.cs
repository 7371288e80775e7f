using System.CommandLine;
using Claimline.Queue;

namespace Claimline.Cli.Commands;

/// <summary>The <c>--queue nats://HOST:4222</c> option and the console messages shared by the queue commands.</summary>
internal static class QueueOptions
{
    public static Option<string?> Queue(string description) => new("--queue") { Description = description };

    /// <summary>
    /// The retry policy: <see cref="Backoff.Default"/> (8 tries, about two minutes), or as many tries as
    /// <c>CLAIMLINE_QUEUE_ATTEMPTS</c> says (1 = fail at once; scripts and tests that expect a server to be down).
    /// </summary>
    public static Backoff Backoff { get; } = int.TryParse(Environment.GetEnvironmentVariable("CLAIMLINE_QUEUE_ATTEMPTS"), out var attempts) && attempts >= 1
        ? Backoff.Default with { Attempts = attempts }
        : Backoff.Default;

    /// <summary>Retry messages go to stderr as they happen, so that a waiting command says what it waits for.</summary>
    public static void Log(string message) => Console.Error.WriteLine($"claimline: {message}");

    /// <summary>Connects (with retries), or prints why not and returns null.</summary>
    public static async Task<QueueConnection?> ConnectAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueConnection.OpenAsync(url, Backoff, Log, cancellationToken).ConfigureAwait(false);
        }
        catch (QueueException e)
        {
            Log(e.Message);
            return null;
        }
    }
}
