using System.Runtime;
using System.Runtime.InteropServices;
using Claimline.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Claimline.Server;

/// <summary>
/// Gives memory back once the server has been idle for a while after serving requests. Under load the garbage
/// collector lets its oldest generation fill with dead objects (a full collection only runs when the heap asks for
/// one, and nothing allocates once the load stops), SQLite's pooled read connections keep their page caches, and
/// glibc keeps freed blocks in its arenas: measured after a load test, that was 170 MiB over the idle figure that no
/// longer held anything live (docs/api.md, "Server memory"). On a machine the server shares, that memory belongs to
/// the others. So after <see cref="ServerOptions.IdleTrimAfter"/> without a request (and only once per quiet spell),
/// it runs one aggressive, compacting full collection (which also decommits the freed segments), closes the pooled
/// SQLite connections and asks glibc to return free arena pages to the system. The cost is paid when nobody waits:
/// a few tens of milliseconds, and the next read opens its connection afresh.
/// </summary>
public sealed class IdleMemoryTrimmer(ServerOptions options) : BackgroundService
{
    private long _lastRequest = Environment.TickCount64;
    private long _requestsSinceTrim;
    private bool _lateTrimDue;
    private int _trims;

    /// <summary>How long after the first trim of a quiet spell the second comes (see <see cref="ExecuteAsync"/>).</summary>
    private static readonly TimeSpan s_lateTrim = TimeSpan.FromSeconds(61);

    /// <summary>How many times memory was given back (for tests and the log).</summary>
    public int Trims => Volatile.Read(ref _trims);

    /// <summary>Middleware: notes each request's end, which starts the idle clock again.</summary>
    public async Task TrackAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref _requestsSinceTrim);
            Volatile.Write(ref _lastRequest, Environment.TickCount64);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var idle = options.IdleTrimAfter;
        if (idle <= TimeSpan.Zero)
        {
            return;
        }

        // Check a few times per idle period, so a trim comes at most a quarter period late.
        var tick = TimeSpan.FromMilliseconds(Math.Clamp(idle.TotalMilliseconds / 4, 50, 1000));
        using var timer = new PeriodicTimer(tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var quiet = Environment.TickCount64 - Volatile.Read(ref _lastRequest);
                if (Interlocked.Read(ref _requestsSinceTrim) > 0 && quiet >= (long)idle.TotalMilliseconds)
                {
                    Interlocked.Exchange(ref _requestsSinceTrim, 0);
                    _lateTrimDue = true;
                    Trim();
                }
                else if (_lateTrimDue && quiet >= (long)(idle + s_lateTrim).TotalMilliseconds)
                {
                    // The shared array pools drop an array only at a full collection that comes a minute after the
                    // array was last returned; the first trim came too early for that, so a second one follows.
                    _lateTrimDue = false;
                    Trim();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>Returns what the process holds but no longer uses: dead GC objects, pooled SQLite connections, free malloc pages.</summary>
    public void Trim()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        ClaimlineStore.ReleasePooledConnections();
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (musl, say): nothing to ask.
            }
        }

        Interlocked.Increment(ref _trims);
    }

    // glibc: release free memory at the top of the heap and in every arena back to the system. DllImport rather than
    // LibraryImport: a blittable int-returning call needs no marshalling, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
