namespace Claimline.Queue;

/// <summary>
/// Bounded exponential backoff: waits 0.5 s, 1 s, 2 s, … (at most <see cref="MaxDelay"/>) between tries and gives up
/// after <see cref="Attempts"/> tries, saying what it does before each wait.
/// </summary>
public sealed record Backoff(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>About two minutes in all: long enough for a server restart, short enough to notice a dead one.</summary>
    public static Backoff Default { get; } = new(8, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    public TimeSpan DelayBefore(int attempt)
    {
        var seconds = FirstDelay.TotalSeconds * Math.Pow(2, Math.Max(0, attempt - 2));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelay.TotalSeconds));
    }

    /// <summary>
    /// Runs <paramref name="action"/> until it succeeds, retrying the failures <paramref name="isTransient"/> accepts;
    /// before each retry, <paramref name="log"/> gets "what failed; retry N/M in S s". The last failure is rethrown.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient, Action<string>? log, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (attempt < Attempts && isTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                var delay = DelayBefore(attempt + 1);
                log?.Invoke($"{what}: {e.Message}; retry {attempt + 1}/{Attempts} in {delay.TotalSeconds:0.#} s");
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
