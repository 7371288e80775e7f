using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Claimline.Server.Endpoints;

/// <summary>Bearer-token checks for the endpoint groups, compared in constant time.</summary>
internal static class ApiAccess
{
    /// <summary>Write endpoints: refused outright when no ingest token is configured.</summary>
    public static IResult? RequireIngestToken(HttpContext context, ServerOptions options)
        => options.IngestToken is null
            ? TypedResults.Problem("Writing is disabled: start the server with an ingest token (CLAIMLINE_API_TOKEN).", statusCode: StatusCodes.Status403Forbidden)
            : Check(context, options.IngestToken);

    /// <summary>Read endpoints: open unless a read token is configured.</summary>
    public static IResult? RequireReadToken(HttpContext context, ServerOptions options)
        => options.ReadToken is null ? null : Check(context, options.ReadToken);

    private static IResult? Check(HttpContext context, string expected)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        if (header.StartsWith(Prefix, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[Prefix.Length..]), Encoding.UTF8.GetBytes(expected)))
        {
            return null;
        }

        return TypedResults.Problem("A valid bearer token is required.", statusCode: StatusCodes.Status401Unauthorized);
    }
}
