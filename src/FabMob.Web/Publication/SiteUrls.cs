using FabMob.Content;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publication;

/// <summary>Absolute URLs of site paths, for canonical links, feeds and sitemaps (the generated paths are <see cref="Routing.GeneratedAddresses"/>).</summary>
public sealed class SiteUrls(IOptions<SiteOptions> site)
{
    /// <summary><c>/à-propos</c> → <c>https://lafabriquedesmobilites.fr/%C3%A0-propos</c>; absolute URLs are kept.</summary>
    public string Absolute(string pathOrUrl) =>
        pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathOrUrl
            : site.Value.BaseUrlTrimmed + UrlPath.ForHeader(pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}
