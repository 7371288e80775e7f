using System.Globalization;

namespace Claimline.LoadTest;

/// <summary>
/// Bounded options: loopback only, at most 200 clients, 10 minutes a run, 10 runs, 20,000 documents. Settle: seconds
/// of idle after the warm-up and after each run before the server's memory is read a second time (at most 120).
/// IdleTrim: passed to <c>serve --idle-trim</c> when given (the server's own default otherwise).
/// </summary>
internal sealed record LoadOptions(int Documents, int Clients, int Seconds, int Repetitions, int Settle, string Work, string? IdleTrim = null)
{
    public static LoadOptions? Parse(string[] args)
    {
        var o = new LoadOptions(3000, 50, 60, 5, 10, Path.Combine(Path.GetTempPath(), "claimline-load"));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            o = args[i] switch
            {
                "--documents" => o with { Documents = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 100, 20_000) },
                "--clients" => o with { Clients = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 1, 200) },
                "--seconds" => o with { Seconds = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 1, 600) },
                "--repetitions" => o with { Repetitions = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 1, 10) },
                "--settle" => o with { Settle = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 0, 120) },
                "--work" => o with { Work = value },
                "--idle-trim" => o with { IdleTrim = double.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) },
                _ => null,
            };
            if (o is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 ? o : null;
    }
}
