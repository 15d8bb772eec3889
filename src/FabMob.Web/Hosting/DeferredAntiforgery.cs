using Microsoft.AspNetCore.Antiforgery;

namespace FabMob.Web.Hosting;

/// <summary>
/// The framework's antiforgery service, made at its first use instead of with every Razor page. Each page's
/// <c>Html</c> helper takes MVC's HTML generator, which takes the antiforgery service, whose token serializer takes
/// Data Protection: without this, the first public page of a process built the key ring's manager (and loaded the XML
/// stack) although only the editor's forms ever ask for a token (docs/performance.md, « La première requête »).
/// </summary>
public sealed class DeferredAntiforgery : IAntiforgery
{
    private readonly Lazy<IAntiforgery> _antiforgery;

    /// <param name="create">Makes the framework's service; called once, at the first token asked or checked.</param>
    public DeferredAntiforgery(Func<IAntiforgery> create) =>
        _antiforgery = new Lazy<IAntiforgery>(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the framework's service has been made.</summary>
    public bool IsCreated => _antiforgery.IsValueCreated;

    /// <summary>Puts this in place of the antiforgery service registered so far (MVC's views register it).</summary>
    public static IServiceCollection Replace(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var index = services.Count - 1;
        while (index >= 0 && services[index].ServiceType != typeof(IAntiforgery))
        {
            index--;
        }

        if (index < 0 || services[index].ImplementationType is not { } implementation)
        {
            return services;
        }

        services[index] = ServiceDescriptor.Singleton<IAntiforgery>(provider =>
            new DeferredAntiforgery(() => (IAntiforgery)ActivatorUtilities.CreateInstance(provider, implementation)));
        return services;
    }

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => _antiforgery.Value.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => _antiforgery.Value.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => _antiforgery.Value.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => _antiforgery.Value.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => _antiforgery.Value.SetCookieTokenAndHeader(httpContext);
}
