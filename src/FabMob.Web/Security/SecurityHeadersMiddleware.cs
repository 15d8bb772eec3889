namespace FabMob.Web.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> (through <see cref="SecurityHeaderWriter"/>) to every response when it
/// starts, so that they are there whatever wrote the response (an error page after the exception handler cleared
/// the headers, a static file, a redirect). Answers the response cache sends from memory never reach it: the
/// cache writes the same headers itself.
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly Func<object, Task> _onStarting;

    public SecurityHeadersMiddleware(RequestDelegate next, SecurityHeaderWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _next = next;
        // One delegate for every request, the context as its state: registering it allocates nothing per request.
        _onStarting = state =>
        {
            writer.Apply((HttpContext)state);
            return Task.CompletedTask;
        };
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(_onStarting, context);
        return _next(context);
    }
}
