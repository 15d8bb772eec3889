namespace FabMob.Web.Security;

public static class SecurityApplicationBuilderExtensions
{
    /// <summary>Security headers on every response; first in the pipeline, so that nothing escapes them.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>GET and HEAD only, except where an endpoint declares another method; after routing.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) =>
        app.UseMiddleware<MethodFilterMiddleware>();
}
