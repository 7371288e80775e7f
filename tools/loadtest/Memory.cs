using System.Diagnostics;
using System.Globalization;

namespace Claimline.LoadTest;

internal static class Memory
{
    /// <summary>
    /// The resident set as soon as the load stops, and again after <paramref name="settleSeconds"/> of idle: a garbage
    /// collector returns freed memory to the system over the following moments (the server GC decommits gradually,
    /// in steps of about 100 ms), so the first figure counts memory the server is about to give back.
    /// </summary>
    public static async Task<MemoryReading> AfterLoad(int pid, int settleSeconds)
    {
        var atOnce = RssMiB(pid);
        if (settleSeconds <= 0)
        {
            return new MemoryReading(atOnce, null, 0);
        }

        await Task.Delay(TimeSpan.FromSeconds(settleSeconds)).ConfigureAwait(false);
        return new MemoryReading(atOnce, RssMiB(pid), settleSeconds);
    }

    /// <summary>The resident set of a process in MiB (Linux /proc), else its working set.</summary>
    public static double RssMiB(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        using var process = Process.GetProcessById(pid);
        return process.WorkingSet64 / (1024.0 * 1024);
    }
}

/// <summary>Resident memory when the load stopped and, if asked, after some seconds of idle.</summary>
internal sealed record MemoryReading(double AtOnceMiB, double? SettledMiB, int SettleSeconds)
{
    public override string ToString()
        => SettledMiB is { } settled ? $"{AtOnceMiB:0} MiB at once, {settled:0} MiB after {SettleSeconds} s idle" : $"{AtOnceMiB:0} MiB";

    /// <summary>The change from <paramref name="before"/>, at once and settled.</summary>
    public string Change(MemoryReading before)
        => SettledMiB is { } settled && before.SettledMiB is { } b
            ? $"{Percent(AtOnceMiB, before.AtOnceMiB)} at once, {Percent(settled, b)} settled"
            : Percent(AtOnceMiB, before.AtOnceMiB);

    private static string Percent(double after, double before) => $"{(after - before) / before * 100:+0;-0}%";
}
