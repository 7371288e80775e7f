using Claimline.Store;

namespace Claimline.Server;

/// <summary>How <c>claimline serve</c> runs. Every default is the safe one: loopback only, writes off, CORS off.</summary>
public sealed record ServerOptions
{
    /// <summary>Where to listen. Loopback by default: exposing the server is a deliberate choice.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5117";

    public string DatabasePath { get; init; } = ClaimlineStore.DefaultPath;

    /// <summary>Bearer token that write endpoints require. Without one, writes are refused (403).</summary>
    public string? IngestToken { get; init; }

    /// <summary>When set, read endpoints require this bearer token too.</summary>
    public string? ReadToken { get; init; }

    /// <summary>Largest request body accepted, in bytes (ingest; the outer wall for every request).</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>
    /// Largest body <c>POST /api/analyze</c> accepts, in bytes: the endpoint is open without a token, and one large
    /// text holds a core (and memory) for seconds to minutes. 1 MiB is a long book chapter, far beyond an article.
    /// </summary>
    public long MaxAnalyzeBytes { get; init; } = 1024 * 1024;

    /// <summary>How long one analysis (analyze or ingest) may run before it is cancelled and answered with 504.</summary>
    public TimeSpan AnalyzeTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Analyses (analyze or ingest requests) run at once: about one per core, since each holds a core.</summary>
    public int AnalyzeConcurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Analyses that wait for a free slot; past that a request is refused at once with 429 and Retry-After.</summary>
    public int AnalyzeQueue { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Reads (documents, search, entities, claims, timelines) that run at once; the others wait their turn in order.
    /// A read holds a core while it runs, so many at once only make each slower, and everything each allocates lives
    /// that much longer: long enough to be promoted into the garbage collector's oldest generation, which is much of
    /// what the server kept after a load test (docs/api.md, "Server memory"). Four per core: two per core kept a little
    /// less memory but gave the analyses so much of the CPU that reads fell by a third.
    /// </summary>
    public int ReadConcurrency { get; init; } = 4 * Environment.ProcessorCount;

    /// <summary>Reads that wait for a slot; past that a read is refused at once with 429 and Retry-After.</summary>
    public int ReadQueue { get; init; } = 1000;

    /// <summary>The Retry-After a refused (429) analysis is given, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 2;

    /// <summary>
    /// After this long without a request, the server gives back memory it holds but no longer uses (see
    /// <see cref="IdleMemoryTrimmer"/>); zero turns that off.
    /// </summary>
    public TimeSpan IdleTrimAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Origins allowed to call the API from other sites' pages. Empty: CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
}
