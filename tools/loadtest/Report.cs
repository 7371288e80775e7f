using System.Globalization;

namespace Claimline.LoadTest;

internal static class Report
{
    public static void Print(int run, Dictionary<string, EndpointStats> results, int seconds, MemoryReading memory)
    {
        Console.WriteLine();
        Console.WriteLine($"run {run}: server memory after {memory}");
        Console.WriteLine("| endpoint | requests | req/s | p50 ms | p99 ms | status codes |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, s) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Count} | {s.Count / (double)seconds:0.0} | {s.Percentile(0.5):0} | {s.Percentile(0.99):0} | {s.Statuses} |"));
        }

        var all = results.Values.Sum(s => s.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {all} | {all / (double)seconds:0.0} | | | 5xx or no answer: {results.Values.Sum(s => s.ServerErrors)} |"));
    }
}
