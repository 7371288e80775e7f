using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claimline.LoadTest;

// A bounded load test of `claimline serve` on loopback (docs/api.md): builds a store of a few thousand invented
// documents, starts the server as its own process on 127.0.0.1, runs N clients for S seconds R times on the read
// endpoints and on analyze with mixed sizes (oversized included), prints latency, throughput, status codes and the
// server's memory, and stops the server it started. Nothing leaves the machine.
var options = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Claimline.LoadTest [--documents 3000] [--clients 50] [--seconds 60] [--repetitions 5] [--settle 10] [--work DIR] [--idle-trim SECONDS]");
    return 2;
}

Directory.CreateDirectory(options.Work);
var db = Path.Combine(options.Work, "load.db");
if (!File.Exists(db))
{
    var corpus = Corpus.Write(Path.Combine(options.Work, "corpus.jsonl"), options.Documents);
    Console.WriteLine($"ingesting {options.Documents} documents into {db} …");
    var watch = Stopwatch.StartNew();
    using var ingest = ClaimlineProcess.Start("ingest", corpus, "--db", db);
    await ingest.WaitForExitAsync();
    Console.WriteLine($"ingest exit {ingest.ExitCode} in {watch.Elapsed.TotalSeconds:0} s");
}

var port = FreePort.Find();
var baseAddress = new Uri($"http://127.0.0.1:{port}");
string[] serveArgs = ["serve", "--db", db, "--urls", baseAddress.ToString().TrimEnd('/')];
using var server = ClaimlineProcess.Start(options.IdleTrim is null ? serveArgs : [.. serveArgs, "--idle-trim", options.IdleTrim]);
try
{
    using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
    await WaitUntilUp(client);
    var targets = await Targets.Discover(client);
    Console.WriteLine($"server pid {server.Id} on {baseAddress}; {targets.DocumentCount} documents, {targets.Entities.Count} entities, {targets.Concepts.Count} concepts; {options.Clients} clients × {options.Seconds} s × {options.Repetitions}");

    // Warm-up: every endpoint once, so that the first repetition does not pay for JIT and caches.
    await Run(client, targets, clients: 4, TimeSpan.FromSeconds(5));
    var before = await Memory.AfterLoad(server.Id, options.Settle);
    Console.WriteLine($"server memory before: {before}");
    var total5xx = 0;
    var end = before;
    for (var r = 1; r <= options.Repetitions; r++)
    {
        var results = await Run(client, targets, options.Clients, TimeSpan.FromSeconds(options.Seconds));
        end = await Memory.AfterLoad(server.Id, options.Settle);
        total5xx += results.Values.Sum(e => e.ServerErrors);
        Report.Print(r, results, options.Seconds, end);
    }

    Console.WriteLine($"server memory: before {before}; after {options.Repetitions} runs {end} ({end.Change(before)}); 5xx in all runs: {total5xx}");
    return total5xx == 0 ? 0 : 1;
}
finally
{
    if (!server.HasExited)
    {
        server.Kill();
        await server.WaitForExitAsync();
    }
}

static async Task WaitUntilUp(HttpClient client)
{
    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (true)
    {
        try
        {
            using var response = await client.GetAsync("/api/documents?limit=1");
            if (response.IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException) when (DateTime.UtcNow < deadline)
        {
        }

        if (DateTime.UtcNow >= deadline)
        {
            throw new TimeoutException("the server did not answer within 60 s");
        }

        await Task.Delay(200);
    }
}

static async Task<Dictionary<string, EndpointStats>> Run(HttpClient client, Targets targets, int clients, TimeSpan duration)
{
    var stats = Targets.Endpoints.ToDictionary(e => e, _ => new EndpointStats());
    var stop = DateTime.UtcNow + duration;
    var workers = Enumerable.Range(0, clients).Select(async c =>
    {
        var random = new Random(c * 7919 + Environment.TickCount);
        while (DateTime.UtcNow < stop)
        {
            var (name, request) = targets.Next(random);
            var watch = Stopwatch.StartNew();
            HttpStatusCode status;
            try
            {
                using var response = await client.SendAsync(request);
                await response.Content.LoadIntoBufferAsync();
                status = response.StatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = 0; // no answer: counted apart
            }
            finally
            {
                request.Dispose();
            }

            stats[name].Add(watch.Elapsed.TotalMilliseconds, (int)status);
        }
    });
    await Task.WhenAll(workers);
    return stats;
}
