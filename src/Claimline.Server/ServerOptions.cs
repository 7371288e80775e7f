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

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Origins allowed to call the API from other sites' pages. Empty: CORS off.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];
}
