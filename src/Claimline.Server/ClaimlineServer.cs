using Claimline.Pipeline;
using Claimline.Server.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Claimline.Server;

/// <summary>
/// Builds the HTTP API and web UI on ASP.NET Core's own server (Kestrel): the endpoint groups in
/// <c>Endpoints/</c>, an OpenAPI document at <c>/openapi/v1.json</c>, RFC 7807 problem details for every error
/// (never a stack trace), a request size limit, and the embedded web UI under a strict Content-Security-Policy.
/// </summary>
public static class ClaimlineServer
{
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
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        builder.Logging.ClearProviders();
        if (logger is not null)
        {
            builder.Logging.AddProvider(logger);
        }

        builder.Services.AddProblemDetails();
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
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins([.. options.CorsOrigins]).AllowAnyHeader().WithMethods("GET", "POST")));
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        var ui = new ManifestEmbeddedFileProvider(typeof(ClaimlineServer).Assembly, "wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = ui });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = ui });

        app.MapOpenApi();
        var api = app.MapGroup("/api");
        var read = api.MapGroup("").AddEndpointFilter<ReadTokenFilter>().ProducesProblem(StatusCodes.Status401Unauthorized);
        read.MapAnalyzeEndpoints();
        read.MapDocumentEndpoints(write: api);
        read.MapEntityEndpoints();
        read.MapClaimEndpoints();
        return app;
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
