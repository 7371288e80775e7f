using System.Globalization;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Claimline.Server.Endpoints;

/// <summary><c>POST /api/analyze</c>: runs the pipeline over a text and returns the document, storing nothing.</summary>
public static class AnalyzeEndpoints
{
    public static IEndpointRouteBuilder MapAnalyzeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/analyze", Analyze)
            .WithName("Analyze")
            .WithSummary("Analyze an article without storing it; returns the document with all its layers (docs/schema.md). Bounded: body size (413), time (504), analyses at once (429 with Retry-After).")
            .Accepts<ArticleInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .RequireRateLimiting(ClaimlineServer.PipelinePolicy)
            .WithRequestTimeout(ClaimlineServer.PipelinePolicy);
        return api;
    }

    internal static async Task<Results<DocumentJsonResult, ProblemHttpResult>> Analyze(
        HttpRequest request, AnnotationPipeline pipeline, ServerOptions options, CancellationToken cancellationToken)
    {
        var (bytes, tooLarge) = await JsonBody.ReadAsync(request, options.MaxAnalyzeBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        if (JsonBody.Deserialize<ArticleInput>(bytes!, out var bad) is not { } input)
        {
            return bad!;
        }

        if (ToDocument(input, "pasted", out var problem) is not { } document)
        {
            return problem!;
        }

        // The request's token: cancelled when the client goes away or the request timeout fires (504). The analysis is
        // done before the answer starts, so its status is known; the JSON then goes out as it is written.
        return new DocumentJsonResult(pipeline.Run(document, cancellationToken));
    }

    /// <summary>Builds a document from API input, or a 400 problem saying what is wrong with it.</summary>
    internal static Document? ToDocument(ArticleInput input, string defaultId, out ProblemHttpResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            problem = JsonBody.Problem("The article needs a non-empty 'text'.", "text");
            return null;
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(input.Date))
        {
            if (!DateOnly.TryParseExact(input.Date.Length > 10 ? input.Date[..10] : input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                problem = JsonBody.Problem($"'date' is '{input.Date}', not a date (YYYY-MM-DD).", "date");
                return null;
            }

            date = parsed;
        }

        try
        {
            var document = DocumentReader.FromText(input.Text, input.Id ?? defaultId, date, origin: "api");
            return new Document(document.Text, document.Meta with
            {
                Title = input.Title,
                Url = input.Url,
                Source = input.Source,
                Published = document.Meta.Published ?? date,
            });
        }
        catch (InputException e)
        {
            problem = JsonBody.Problem(e.Problem, "text");
            return null;
        }
    }
}
