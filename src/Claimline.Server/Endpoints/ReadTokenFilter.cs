using Microsoft.AspNetCore.Http;

namespace Claimline.Server.Endpoints;

/// <summary>
/// The read-token rule as one filter on the read group, so that no read handler can forget it (each used to repeat
/// the check). Write endpoints are outside that group and check the ingest token themselves.
/// </summary>
internal sealed class ReadTokenFilter(ServerOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        => ApiAccess.RequireReadToken(context.HttpContext, options) ?? await next(context).ConfigureAwait(false);
}
