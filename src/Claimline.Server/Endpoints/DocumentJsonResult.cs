using System.Text.Json;
using Claimline.Model;
using Claimline.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Claimline.Server.Endpoints;

/// <summary>
/// A document's JSON (docs/schema.md, compact, with each item's text) written to the response body as it is
/// produced, in writes of about 64 KB. A 200 KB article gives about 5 MB of JSON: built as one string first, every
/// such answer passed through the large-object heap two or three times over (buffer, string, UTF-8 bytes), which is
/// most of what the server kept after a load test (docs/api.md, "Server memory"). The status is 200 and the content
/// type <c>application/json</c>, as before; the length is no longer known in advance, so the answer is chunked.
/// </summary>
internal sealed class DocumentJsonResult(Document document, Action<Utf8JsonWriter>? trailer = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;

        // The analysis finished within its limit; the request timeout bounds the work, not the client's reading. Left
        // on, it fired while a slow reader (or a loaded machine) was still taking a 5 MB answer and cut the
        // connection: the load test's one unanswered request. The client going away still stops the writing.
        httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.DisableTimeout();
        return DocumentJson.WriteAsync(document, httpContext.Response.Body, indented: false, includeText: true, trailer, httpContext.RequestAborted);
    }
}
