namespace FabMob.Web.Logging;

/// <summary>
/// Begins the request's trace (<see cref="RequestTrace"/>) after the response cache: a page the cache answers writes no
/// line when the request line is off, so it needs none; every other request (rendered pages, errors, the editor) gets one
/// before anything that may log.
/// </summary>
public sealed class RequestTraceMiddleware(RequestDelegate next, RequestTrace trace)
{
    public Task InvokeAsync(HttpContext context) => trace.RunAsync(context, next);
}
