using System.Diagnostics;
using System.Globalization;

namespace Claimline.LoadTest;

internal static class Memory
{
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
