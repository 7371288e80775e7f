using Claimline.Pipeline;
using Claimline.Server.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Claimline.Server;

/// <summary>
/// Builds the HTTP API and web UI on ASP.NET Core's own server (Kestrel): the endpoint groups in
/// <c>Endpoints/</c>, an OpenAPI document at <c>/openapi/v1.json</c>, RFC 9457 problem details for every error
/// (never a stack trace), and the embedded web UI under a strict Content-Security-Policy. The endpoints that run the
/// pipeline (analyze, ingest) are bounded with what ASP.NET Core has: a body size limit (413), the request-timeouts
/// middleware whose token the pipeline watches (504), and a concurrency limiter with a short queue (429 with
/// Retry-After), so that no request, and no crowd of them, can take the server down.
/// </summary>
public static class ClaimlineServer
{
    /// <summary>The rate-limiting and request-timeout policy of the endpoints that run the pipeline.</summary>
    public const string PipelinePolicy = "pipeline";

    /// <summary>The rate-limiting policy of the read endpoints: a few at once, the rest queued in order.</summary>
    public const string ReadPolicy = "reads";

    public static WebApplication Create(ServerOptions options, ILoggerProvider? logger = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxRequestBytes, options.MaxAnalyzeBytes);
        });
        builder.Logging.ClearProviders();
        if (logger is not null)
        {
            builder.Logging.AddProvider(logger);
        }

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            // A request the framework refused while binding (a query value that is not a number, say) says why.
            if (context.Exception is BadHttpRequestException bad && context.ProblemDetails.Status is >= 400 and < 500)
            {
                context.ProblemDetails.Detail ??= bad.Message;
            }
        });
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddRequestTimeouts(timeouts => timeouts.AddPolicy(PipelinePolicy, new RequestTimeoutPolicy
        {
            Timeout = options.AnalyzeTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = context => WriteProblem(
                context,
                StatusCodes.Status504GatewayTimeout,
                $"The analysis took longer than the limit of {options.AnalyzeTimeout.TotalSeconds:0.#} s and was stopped; send a shorter text."),
        }));
        builder.Services.AddRateLimiter(limits =>
        {
            limits.AddConcurrencyLimiter(PipelinePolicy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, options.AnalyzeConcurrency);
                limiter.QueueLimit = Math.Max(0, options.AnalyzeQueue);
                limiter.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
            limits.AddConcurrencyLimiter(ReadPolicy, limiter =>
            {
                limiter.PermitLimit = Math.Max(1, options.ReadConcurrency);
                limiter.QueueLimit = Math.Max(0, options.ReadQueue);
                limiter.QueueProcessingOrder = System.Threading.RateLimiting.QueueProcessingOrder.OldestFirst;
            });
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var read = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == ReadPolicy;
                return new ValueTask(WriteProblem(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    read
                        ? $"{options.ReadConcurrency} reads are running and {options.ReadQueue} waiting, the most this server takes; try again in {options.RetryAfterSeconds} s."
                        : $"{options.AnalyzeConcurrency} analyses are running and {options.AnalyzeQueue} waiting, the most this server takes; try again in {options.RetryAfterSeconds} s."));
            };
        });
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;

            // Enums as their documented names (qualifier "at_most", modality "denies"), as in the document JSON.
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(StandardPipeline.Create());
        builder.Services.AddSingleton<StoreAccess>();
        var trimmer = new IdleMemoryTrimmer(options);
        builder.Services.AddSingleton(trimmer);
        builder.Services.AddHostedService(_ => trimmer);
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. options.CorsOrigins]).AllowAnyHeader().WithMethods("GET", "POST")));
        }

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the framework found malformed is the client's 4xx, not a 500.
            StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(trimmer.TrackAsync);
        app.Use(SecurityHeaders);
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseRouting();

        // An oversized analysis is refused for its size (413) before it can take a place in the queue (429).
        app.Use((context, next) => context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "Analyze"
            && context.Request.ContentLength > options.MaxAnalyzeBytes
                ? JsonBody.TooLarge(context.Request, options.MaxAnalyzeBytes).ExecuteAsync(context)
                : next(context));
        app.UseRateLimiter();
        app.UseRequestTimeouts();

        var ui = new ManifestEmbeddedFileProvider(typeof(ClaimlineServer).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        var read = api.MapGroup("").AddEndpointFilter<ReadTokenFilter>().ProducesProblem(StatusCodes.Status401Unauthorized);
        read.MapAnalyzeEndpoints();

        // Reads have their own limiter: analyses never hold them up, and they never crowd each other (ReadConcurrency).
        var reads = read.MapGroup("").RequireRateLimiting(ReadPolicy);
        reads.MapDocumentEndpoints(write: api);
        reads.MapEntityEndpoints();
        reads.MapClaimEndpoints();
        reads.MapEventEndpoints();
        return app;
    }

    private static Task WriteProblem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Detail = detail },
        }).AsTask();
    }

    /// <summary>
    /// Article text is untrusted. The UI only ever inserts it as text, and this policy is the second wall: no inline
    /// script, no script from elsewhere, no plugins, no framing.
    /// </summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
