using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Security;

/// <summary>
/// The site is read-only: a request whose method is neither GET nor HEAD gets 405 with
/// <c>Allow: GET, HEAD</c> (and the French error page), unless the endpoint routing chose declares
/// that method (<c>POST /_publish</c>) or takes every method and decides for itself (the address of
/// a disabled webhook answers 404, as an unknown address would). Runs after routing.
/// </summary>
public sealed class MethodFilterMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next(context);
        }

        var endpoint = context.GetEndpoint();
        var declared = endpoint?.Metadata.GetMetadata<IHttpMethodMetadata>();
        var rejected = endpoint is null || endpoint.DisplayName?.StartsWith("405 ", StringComparison.Ordinal) == true;
        if (!rejected && (declared is null || declared.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers[HeaderNames.Allow] = Allowed;
        return Task.CompletedTask;
    }
}
