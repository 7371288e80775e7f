using System.Text.Json;
using Claimline.Pipeline;
using Claimline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Claimline.Server.Endpoints;

/// <summary>Stored documents: list and search (paged), one with all its layers, and ingest (token required).</summary>
public static class DocumentEndpoints
{
    private const int MaxPage = 200;

    /// <summary>Maps the reads on <paramref name="read"/> (the read-token group) and ingest on <paramref name="write"/>.</summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder read, IEndpointRouteBuilder write)
    {
        read.MapGet("/documents", List).WithName("ListDocuments")
            .WithSummary("Documents, newest first, or full-text search hits with ?q=; paged with limit (at most 200) and offset.");
        read.MapGet("/documents/{id}", Get).WithName("GetDocument")
            .WithSummary("One stored document with all its layers; id is the row id or the document key.");
        write.MapPost("/documents", Ingest).WithName("IngestDocuments")
            .WithSummary("Analyze and store articles (one object or an array). Requires the ingest token. Bounded like analyze.")
            .Accepts<ArticleInput>("application/json")
            .RequireRateLimiting(ClaimlineServer.PipelinePolicy)
            .WithRequestTimeout(ClaimlineServer.PipelinePolicy);
        return read;
    }

    internal static Results<Ok<IReadOnlyList<DocumentSummary>>, Ok<IReadOnlyList<SearchHit>>> List(
        StoreAccess stores, string? q = null, int limit = 50, int offset = 0)
    {
        limit = Math.Clamp(limit, 1, MaxPage);
        offset = Math.Max(0, offset);
        using var store = stores.OpenForReading();
        return string.IsNullOrWhiteSpace(q)
            ? TypedResults.Ok(store.Queries.List(limit, offset))
            : TypedResults.Ok(store.Queries.Search(q, limit, offset));
    }

    internal static Results<DocumentJsonResult, ProblemHttpResult> Get(string id, StoreAccess stores)
    {
        using var store = stores.OpenForReading();
        if (store.Queries.Get(id) is not { } stored)
        {
            return TypedResults.Problem($"No document '{id}'.", statusCode: StatusCodes.Status404NotFound);
        }

        // Written as it goes, with the store's own fields after the layers (as the JSON node used to give them).
        return new DocumentJsonResult(stored.Document, writer =>
        {
            writer.WriteNumber("storeId", stored.Id);
            if (stored.DuplicateOf is { } original)
            {
                writer.WriteNumber("duplicateOf", original);
            }
        });
    }

    internal static async Task<Results<Ok<IReadOnlyList<IngestOutcome>>, ProblemHttpResult>> Ingest(
        HttpContext context, StoreAccess stores, AnnotationPipeline pipeline, ServerOptions options, CancellationToken cancellationToken)
    {
        if (ApiAccess.RequireIngestToken(context, options) is ProblemHttpResult denied)
        {
            return denied;
        }

        var (bytes, tooLarge) = await JsonBody.ReadAsync(context.Request, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        // Parsed once for its shape (and any syntax error's offset), then as one article or an array of them.
        var shape = JsonBody.Deserialize<JsonElement>(bytes!, out var bad);
        if (bad is not null)
        {
            return bad;
        }

        var inputs = shape.ValueKind == JsonValueKind.Array
            ? JsonBody.Deserialize<List<ArticleInput>>(bytes!, out bad)
            : JsonBody.Deserialize<ArticleInput>(bytes!, out bad) is { } one ? [one] : null;
        if (inputs is null)
        {
            return bad!;
        }

        var documents = new List<Model.Document>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (AnalyzeEndpoints.ToDocument(inputs[i], $"api-{Guid.NewGuid():N}", out var problem) is not { } document)
            {
                return JsonBody.Problem($"Article {i}: {problem!.ProblemDetails.Detail}", problem.ProblemDetails.Extensions.TryGetValue("field", out var field) ? $"[{i}].{field}" : $"[{i}]");
            }

            documents.Add(pipeline.Run(document, cancellationToken));
        }

        var outcomes = await stores.WriteAsync(
            store => documents.Select(d => store.Writer.Add(d)).Select((r, i) => new IngestOutcome(documents[i].Meta.Id, r.Id, r.Outcome.ToString(), r.DuplicateOf)).ToList(),
            cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<IngestOutcome>>(outcomes);
    }
}

/// <summary>What the store did with one ingested article.</summary>
public sealed record IngestOutcome(string Key, long Id, string Outcome, long? DuplicateOf);
