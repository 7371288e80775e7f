using System.CommandLine;
using Claimline.Server;
using Claimline.Store.Backends;
using Microsoft.Extensions.Hosting;

namespace Claimline.Cli.Commands;

/// <summary>
/// <c>claimline serve</c>: the HTTP API and web UI over a store. Tokens come from the environment
/// (<c>CLAIMLINE_API_TOKEN</c> for writes, <c>CLAIMLINE_READ_TOKEN</c> to protect reads), never from the command
/// line, where other users of the machine could read them.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (default: loopback only, http://127.0.0.1:5117).",
            DefaultValueFactory = _ => new ServerOptions().Urls,
        };
        var maxRequest = new Option<int>("--max-request-mb")
        {
            Description = "Largest request body accepted, in MiB.",
            DefaultValueFactory = _ => 8,
        };
        var defaults = new ServerOptions();
        var maxAnalyze = new Option<long>("--max-analyze-bytes")
        {
            Description = $"Largest body POST /api/analyze accepts (default {defaults.MaxAnalyzeBytes} bytes, 1 MiB); larger gets 413.",
            DefaultValueFactory = _ => defaults.MaxAnalyzeBytes,
        };
        var timeout = new Option<double>("--analyze-timeout")
        {
            Description = $"Seconds one analysis (analyze or ingest) may run before it is stopped with 504 (default {defaults.AnalyzeTimeout.TotalSeconds}).",
            DefaultValueFactory = _ => defaults.AnalyzeTimeout.TotalSeconds,
        };
        var concurrency = new Option<int>("--analyze-concurrency")
        {
            Description = "Analyses run at once (default: the number of cores); more wait in the queue.",
            DefaultValueFactory = _ => defaults.AnalyzeConcurrency,
        };
        var queue = new Option<int>("--analyze-queue")
        {
            Description = "Analyses that may wait for a free slot (default: the number of cores); past that, 429 with Retry-After.",
            DefaultValueFactory = _ => defaults.AnalyzeQueue,
        };
        var readConcurrency = new Option<int>("--read-concurrency")
        {
            Description = $"Reads (documents, search, entities, claims, timelines) run at once (default {defaults.ReadConcurrency}: four per core); more wait in order.",
            DefaultValueFactory = _ => defaults.ReadConcurrency,
        };
        var readQueue = new Option<int>("--read-queue")
        {
            Description = $"Reads that may wait for a slot (default {defaults.ReadQueue}); past that, 429 with Retry-After.",
            DefaultValueFactory = _ => defaults.ReadQueue,
        };
        var idleTrim = new Option<double>("--idle-trim")
        {
            Description = $"Seconds without a request after which the server gives back memory it no longer uses (default {defaults.IdleTrimAfter.TotalSeconds:0}; 0: never).",
            DefaultValueFactory = _ => defaults.IdleTrimAfter.TotalSeconds,
        };
        var cors = new Option<string[]>("--cors-origin")
        {
            Description = "An origin allowed to call the API from its pages (repeatable). Default: none, CORS off.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi/v1.json) and the web UI over a store.") { db, urls, maxRequest, maxAnalyze, timeout, concurrency, queue, readConcurrency, readQueue, idleTrim, cors };
        command.SetAction(async (result, cancellationToken) =>
        {
            var options = new ServerOptions
            {
                DatabasePath = StoreLocation.Normalize(result.GetValue(db)!),
                Urls = result.GetValue(urls)!,
                MaxRequestBytes = Math.Max(1, result.GetValue(maxRequest)) * 1024L * 1024,
                MaxAnalyzeBytes = Math.Max(1, result.GetValue(maxAnalyze)),
                AnalyzeTimeout = TimeSpan.FromSeconds(Math.Max(0.1, result.GetValue(timeout))),
                AnalyzeConcurrency = Math.Max(1, result.GetValue(concurrency)),
                AnalyzeQueue = Math.Max(0, result.GetValue(queue)),
                ReadConcurrency = Math.Max(1, result.GetValue(readConcurrency)),
                ReadQueue = Math.Max(0, result.GetValue(readQueue)),
                IdleTrimAfter = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(idleTrim))),
                IngestToken = NonEmpty(Environment.GetEnvironmentVariable("CLAIMLINE_API_TOKEN")),
                ReadToken = NonEmpty(Environment.GetEnvironmentVariable("CLAIMLINE_READ_TOKEN")),
                CorsOrigins = result.GetValue(cors) ?? [],
            };
            await using var app = ClaimlineServer.Create(options);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine($"claimline: serving {StoreLocation.Parse(options.DatabasePath).Display} on {string.Join(", ", app.Urls)} (writes {(options.IngestToken is null ? "off: set CLAIMLINE_API_TOKEN" : "need the token")}); Ctrl+C to stop");
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return (int)ExitCode.Success;
        });
        return command;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
