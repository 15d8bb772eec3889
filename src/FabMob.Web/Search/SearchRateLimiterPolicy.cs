using System.Globalization;
using System.Threading.RateLimiting;
using FabMob.Web.Configuration;
using FabMob.Web.Hosting;
using FabMob.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Search;

/// <summary>
/// The rate limit of search (policy <c>recherche</c>): a fixed window per client IP address
/// (<c>Search:PermitLimit</c> searches per <c>Search:WindowSeconds</c>, no queue), so that one
/// client searching in a loop cannot take the server from page readers. A refused search gets a
/// 429 with <c>Retry-After</c> and the search page saying, in French, when to try again.
/// </summary>
public sealed class SearchRateLimiterPolicy(IOptions<SearchOptions> options, IOptions<SiteOptions> site) : IRateLimiterPolicy<string>
{
    public const string Name = "recherche";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var limits = options.Value;
        var client = ClientAddress.Key(httpContext.Connection.RemoteIpAddress);
        return limits.PermitLimit <= 0
            ? RateLimitPartition.GetNoLimiter(client)
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitLimit,
                Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : options.Value.WindowSeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var max = options.Value.MaxQueryLength;
        var query = SearchText.Clean(http.Request.Query["q"].FirstOrDefault());
        query = query.Length > max ? query[..max] : query;
        var message = $"Trop de recherches en peu de temps depuis votre connexion : patientez {seconds} seconde{(seconds > 1 ? "s" : "")}, puis relancez la recherche.";
        var model = SearchViewModel.Form(site.Value.Name, query, max, message);

        // The refusal is the search page itself, rendered outside any controller.
        var services = http.RequestServices;
        var view = new ViewResult
        {
            ViewName = "Recherche",
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<SearchViewModel>(services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            {
                Model = model,
            },
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http),
        };
        await view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
    }
}
