using Claimline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Claimline.Server.Endpoints;

/// <summary>Claims, concepts and a concept's timeline (issue #8), all paged or capped so that a large store stays fast.</summary>
public static class ClaimEndpoints
{
    private const int MaxPage = 200;

    public static IEndpointRouteBuilder MapClaimEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/claims", List).WithName("ListClaims")
            .WithSummary("Claims, newest first; ?concept= (a concept key, or words of its label) and ?holder= (a holder key, or part of the name); paged.");
        api.MapGet("/concepts", Concepts).WithName("ListConcepts")
            .WithSummary("Concepts by number of holders, then documents, then claims, with the dates they span; only concepts some holder states unless ?all=true; ?q= (words of the label or key); paged.");
        api.MapGet("/concepts/{key}/timeline", Timeline).WithName("GetConceptTimeline").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One concept's claims in date order, one series per holder, and which figures agree or conflict; key URL-encoded (troop%7CET%7CSO).");
        api.MapGet("/entities/{key}/claims", EntityClaims).WithName("ListEntityClaims")
            .WithSummary("The claims an entity holds (by holder key), newest first; paged; empty for a key that holds none.");
        return api;
    }

    internal static Ok<IReadOnlyList<ClaimRow>> List(StoreAccess stores, string? concept = null, string? holder = null, int limit = 50, int offset = 0)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Claims.Claims(
            string.IsNullOrWhiteSpace(concept) ? null : concept, string.IsNullOrWhiteSpace(holder) ? null : holder, Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset)));
    }

    internal static Ok<IReadOnlyList<ConceptSummary>> Concepts(StoreAccess stores, string? q = null, int limit = 50, int offset = 0, bool all = false)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Claims.Concepts(string.IsNullOrWhiteSpace(q) ? null : q, Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset), statedOnly: !all));
    }

    internal static Results<Ok<TimelineView>, ProblemHttpResult> Timeline(string key, StoreAccess stores)
    {
        using var store = stores.OpenForReading();
        return store.Claims.Timeline(key) is { } timeline
            ? TypedResults.Ok(TimelineView.From(timeline))
            : TypedResults.Problem($"No concept '{key}'.", statusCode: StatusCodes.Status404NotFound);
    }

    internal static Ok<IReadOnlyList<ClaimRow>> EntityClaims(string key, StoreAccess stores, int limit = 50, int offset = 0)
    {
        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Claims.HolderClaims(key, Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset)));
    }
}
