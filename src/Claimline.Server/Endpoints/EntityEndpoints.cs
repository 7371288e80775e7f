using Claimline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Claimline.Server.Endpoints;

/// <summary>Entities (referents summed over the store) and quotes: lists, one entity with its roles and quotes.</summary>
public static class EntityEndpoints
{
    private const int MaxPage = 200;

    public static IEndpointRouteBuilder MapEntityEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/entities", List).WithName("ListEntities")
            .WithSummary("Entities by the number of documents that speak of them; ?kind=person|country|place|organization|group|other; paged.");
        api.MapGet("/entities/{key}", Get).WithName("GetEntity")
            .WithSummary("One entity by key (person:lloyd-austin, country:KP): its names, roles, documents and the quotes attributed to it.");
        api.MapGet("/places", Places).WithName("ListPlaces")
            .WithSummary("Countries and places with coordinates, by the number of documents that speak of them (at most 2,000).");
        api.MapGet("/quotes", Quotes).WithName("ListQuotes")
            .WithSummary("Quotes, newest statement first; ?speaker= (part of the name) and ?q= (words of the quote); paged.");
        return api;
    }

    internal static Ok<IReadOnlyList<EntitySummary>> List(StoreAccess stores, string? kind = null, int limit = 50, int offset = 0)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Queries.TopEntities(string.IsNullOrWhiteSpace(kind) ? null : kind, Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset)));
    }

    internal static Results<Ok<EntityDetail>, ProblemHttpResult> Get(string key, StoreAccess stores)
    {
        using var store = stores.OpenForReading();
        if (store.Queries.Entity(key) is not { } entity)
        {
            return TypedResults.Problem($"No entity '{key}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var quotes = store.Queries.Quotes(limit: 100, speakerKey: key);
        return TypedResults.Ok(new EntityDetail(entity, store.Queries.DocumentsMentioning(key, 100), quotes));
    }

    internal static Ok<IReadOnlyList<PlaceSummary>> Places(StoreAccess stores, int limit = 500)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Queries.Places(Math.Clamp(limit, 1, 2000)));
    }

    internal static Ok<IReadOnlyList<QuoteRow>> Quotes(
        StoreAccess stores, string? speaker = null, string? q = null, int limit = 50, int offset = 0, double minConfidence = 0)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Queries.Quotes(
            string.IsNullOrWhiteSpace(speaker) ? null : speaker, string.IsNullOrWhiteSpace(q) ? null : q, Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset),
            minConfidence: double.IsFinite(minConfidence) ? Math.Clamp(minConfidence, 0, 1) : 0));
    }
}

/// <summary>One entity across the store: its summary and roles, the documents that name it, and the quotes whose speaker resolves to it.</summary>
public sealed record EntityDetail(EntitySummary Entity, IReadOnlyList<DocumentSummary> Documents, IReadOnlyList<QuoteRow> Quotes);
