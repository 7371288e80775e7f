using System.Globalization;
using Claimline.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Claimline.Server.Endpoints;

/// <summary>CAMEO-coded events (issue #18): a filtered, paged list and the counts per root code per day for the chart.</summary>
public static class EventEndpoints
{
    private const int MaxPage = 200;

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/events", List).WithName("ListEvents").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Events, newest day first; ?actor= (a CAMEO actor code prefix matched against source or target: PRK), ?code= (an event code prefix: 19), ?from= and ?to= (YYYY-MM-DD, inclusive); paged.");
        api.MapGet("/events/counts", Counts).WithName("CountEvents").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Events per CAMEO root code per day (negated events left out), earliest first, with the same filters as /api/events; at most 20,000 rows.");
        api.MapGet("/events/codes", Codes).WithName("ListEventCodes")
            .WithSummary("GDELT's CAMEO event code table: code → description (190 → Use conventional military force…), for labelling an article's events.");
        return api;
    }

    internal static Ok<IReadOnlyDictionary<string, string>> Codes()
    {
        var codes = Claimline.Events.Cameo.CameoCodes.English;
        return TypedResults.Ok<IReadOnlyDictionary<string, string>>(codes.Codes.ToDictionary(c => c, c => codes.Describe(c)!, StringComparer.Ordinal));
    }

    internal static Results<Ok<IReadOnlyList<EventRow>>, ProblemHttpResult> List(
        StoreAccess stores, string? actor = null, string? code = null, string? from = null, string? to = null, int limit = 50, int offset = 0)
    {
        if (Invalid(from, to) is { } problem)
        {
            return problem;
        }

        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Queries.Events(Filter(actor, code, from, to), Math.Clamp(limit, 1, MaxPage), Math.Max(0, offset)));
    }

    internal static Results<Ok<IReadOnlyList<EventCount>>, ProblemHttpResult> Counts(
        StoreAccess stores, string? actor = null, string? code = null, string? from = null, string? to = null)
    {
        if (Invalid(from, to) is { } problem)
        {
            return problem;
        }

        using var store = stores.OpenForReading();
        return TypedResults.Ok(store.Queries.EventCounts(Filter(actor, code, from, to)));
    }

    private static EventFilter Filter(string? actor, string? code, string? from, string? to)
        => new(Blank(actor), Blank(code), Blank(from), Blank(to));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A day that is not YYYY-MM-DD would compare as text and filter silently wrong: it is a 400 problem naming the field.</summary>
    private static ProblemHttpResult? Invalid(string? from, string? to)
    {
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
        {
            if (Blank(value) is { } day && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return JsonBody.Problem($"'{name}' is '{day}', not a day (YYYY-MM-DD).", name);
            }
        }

        return null;
    }
}
