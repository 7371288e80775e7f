using System.Diagnostics;

namespace Claimline.Cli.Commands;

/// <summary>What a child <c>claimline</c> took: wall seconds from start to exit, the peak working set, the exit code.</summary>
internal readonly record struct ChildRun(double Seconds, long PeakBytes, int ExitCode);

/// <summary>
/// Runs this same program as a child process, as a user would from a shell, for the benchmarks that measure what a
/// user waits for (start-up, reading, writing) rather than the stages alone. Standard output is read and discarded;
/// the peak working set is polled while it runs (on Linux it is the kernel's high-water mark, so a late poll still
/// sees it). With <c>oneCore</c> the child is pinned to one CPU with <c>taskset</c> where the machine has it, so that
/// its runtime sees one core (one pipeline worker, one garbage-collector heap) as the in-process figures do.
/// </summary>
internal static class ChildClaimline
{
    private const string TaskSet = "/usr/bin/taskset";

    /// <summary>Whether <c>oneCore</c> can be honoured here.</summary>
    public static bool CanPin => OperatingSystem.IsLinux() && File.Exists(TaskSet);

    public static ChildRun Run(IReadOnlyList<string> arguments, bool oneCore = false)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var pin = oneCore && CanPin;
        var start = new ProcessStartInfo
        {
            FileName = pin ? TaskSet : self,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (pin)
        {
            // The last core: the first is where a machine's interrupts and other processes go first.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add((Environment.ProcessorCount - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            start.ArgumentList.Add(self);
        }

        // Started as 'dotnet Claimline.Cli.dll', the child needs the assembly path first.
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildClaimline).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start claimline {string.Join(' ', arguments)}");
        var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(25))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                // It exited between the wait and the read.
            }
        }

        drain.GetAwaiter().GetResult();
        watch.Stop();
        if (errors.GetAwaiter().GetResult() is { Length: > 0 } stderr && process.ExitCode != 0)
        {
            Console.Error.Write(stderr);
        }

        return new ChildRun(watch.Elapsed.TotalSeconds, peak, process.ExitCode);
    }
}
