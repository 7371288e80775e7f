using System.Globalization;
using Claimline.Model;
using Claimline.Pipeline;
using Claimline.Reading;
using Claimline.Serialization;
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
            .WithSummary("Analyze an article without storing it; returns the document with all its layers (docs/schema.md).");
        return api;
    }

    internal static Results<ContentHttpResult, ProblemHttpResult> Analyze(ArticleInput input, AnnotationPipeline pipeline)
    {
        if (ToDocument(input, "pasted", out var problem) is not { } document)
        {
            return problem!;
        }

        return TypedResults.Content(DocumentJson.Serialize(pipeline.Run(document), indented: false), "application/json");
    }

    /// <summary>Builds a document from API input, or a 400 problem saying what is wrong with it.</summary>
    internal static Document? ToDocument(ArticleInput input, string defaultId, out ProblemHttpResult? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(input.Text))
        {
            problem = TypedResults.Problem("The article needs a non-empty 'text'.", statusCode: StatusCodes.Status400BadRequest);
            return null;
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(input.Date))
        {
            if (!DateOnly.TryParseExact(input.Date.Length > 10 ? input.Date[..10] : input.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                problem = TypedResults.Problem($"'date' is '{input.Date}', not a date (YYYY-MM-DD).", statusCode: StatusCodes.Status400BadRequest);
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
            problem = TypedResults.Problem(e.Problem, statusCode: StatusCodes.Status400BadRequest);
            return null;
        }
    }
}
