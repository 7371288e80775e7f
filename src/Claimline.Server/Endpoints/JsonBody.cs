using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Claimline.Server.Endpoints;

/// <summary>
/// Reads a JSON request body within a size limit, so that every failure is an RFC 9457 problem that says what was
/// wrong: 413 naming the limit, 400 naming the field and the byte offset of bad JSON. (Model binding would answer a
/// bare 400 and read a body of any size first.)
/// </summary>
internal static class JsonBody
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>The body's bytes, or a 413 problem when it is over <paramref name="limit"/> (by Content-Length, or while reading).</summary>
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return (null, TooLarge(request, limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, TooLarge(request, limit));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server-wide wall (Kestrel's MaxRequestBodySize) stopped a body sent without a Content-Length.
            return (null, TooLarge(request, limit));
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>Deserializes <paramref name="bytes"/>, or a 400 problem with the JSON path and byte offset of what failed.</summary>
    public static T? Deserialize<T>(byte[] bytes, out ProblemHttpResult? problem)
    {
        problem = null;
        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, Web);
            if (value is null)
            {
                problem = Problem("The body is JSON null; an object is expected.", null, 0);
            }

            return value;
        }
        catch (JsonException e)
        {
            var offset = Offset(bytes, e.LineNumber, e.BytePositionInLine);
            var field = e.Path is null or "$" ? null : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            var what = e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
            problem = Problem(
                $"The body is not a valid article: {what}{(field is null ? "" : $" (field '{field}')")}{(offset is { } o ? $" at byte offset {o}" : "")}.",
                field,
                offset);
            return default;
        }
    }

    /// <summary>A 400 problem naming the field (and byte offset) at fault.</summary>
    public static ProblemHttpResult Problem(string detail, string? field, long? byteOffset = null)
    {
        var extensions = new Dictionary<string, object?>();
        if (field is not null)
        {
            extensions["field"] = field;
        }

        if (byteOffset is not null)
        {
            extensions["byteOffset"] = byteOffset;
        }

        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, extensions: extensions);
    }

    public static ProblemHttpResult TooLarge(HttpRequest request, long limit)
        => TypedResults.Problem(
            $"The request body is over the limit of {Describe(limit)} for {request.Path}; send a shorter text.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            extensions: new Dictionary<string, object?> { ["limit"] = limit });

    internal static string Describe(long bytes)
        => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MiB ({bytes} bytes)" : bytes % 1024 == 0 ? $"{bytes / 1024} KiB ({bytes} bytes)" : $"{bytes} bytes";

    /// <summary>The absolute byte offset of a (line, byte in line) position, both from 0 as System.Text.Json counts them.</summary>
    private static long? Offset(byte[] bytes, long? line, long? byteInLine)
    {
        if (line is not { } l || byteInLine is not { } b)
        {
            return null;
        }

        long offset = 0;
        for (long seen = 0; seen < l; seen++)
        {
            var next = Array.IndexOf(bytes, (byte)'\n', (int)offset);
            if (next < 0)
            {
                return null;
            }

            offset = next + 1;
        }

        return offset + b;
    }
}
