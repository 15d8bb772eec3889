using FabMob.Content;
using FabMob.Web.Content;
using FabMob.Web.DataPages;
using FabMob.Web.Publication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Controllers;

/// <summary>
/// Answers every site path the other controllers do not: a page, a redirect to its canonical URL
/// (query string kept), a file of the content tree, a data page, or the French 404 page.
/// </summary>
public sealed class ContentController(ContentSnapshotHost content, PublicationPolicy publication, SiteViewModels views,
    DataPageCatalog dataPages, DataPageModels dataModels) : Controller
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [HttpGet("{**path}", Order = int.MaxValue)]
    [HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Show()
    {
        var path = Request.Path.HasValue ? Request.Path.Value! : "/";
        var snapshot = content.For(HttpContext);
        return snapshot.Match(path) switch
        {
            ContentMatch.Page { Content: var page } => ShowPage(snapshot, page),
            ContentMatch.Redirect { Location: var location } =>
                RedirectPermanent(UrlPath.ForHeader(location) + Request.QueryString.Value),
            ContentMatch.Asset { PhysicalPath: var file } => ServeAsset(file),
            _ => ShowDataPage(snapshot, path) ?? (IActionResult?)RedirectByRule(snapshot, path) ?? this.NotFoundPage(),
        };
    }

    private ViewResult ShowPage(ContentSnapshot snapshot, ContentPage page)
    {
        if (!publication.IsVisible(page))
        {
            return this.NotFoundPage();
        }

        if (string.Equals(page.FrontMatter.Layout, "accueil", StringComparison.OrdinalIgnoreCase))
        {
            return View("Accueil", views.Home(snapshot, page));
        }

        return page.Collection is not null
            ? View("Article", views.Article(snapshot, page))
            : View("Page", views.Page(page));
    }

    /// <summary>A page of <c>Site:DataPages</c> whose data file exists; null otherwise.</summary>
    private ViewResult? ShowDataPage(ContentSnapshot snapshot, string path)
    {
        var normalized = ContentUrlRules.Normalize(path.Length > 1 ? path.TrimEnd('/') : path);
        if (dataPages.Find(snapshot, normalized) is not { } page)
        {
            return null;
        }

        var view = dataModels.Build(page, Request.Query, publication.Now);
        return View(view.ViewName, view.Model);
    }

    /// <summary>
    /// A 301 by a rule of <c>Site:Redirects</c>, straight to the final canonical address, query string
    /// kept; null when no rule answers (after pages, files, the snapshot's redirects and data pages).
    /// </summary>
    private RedirectResult? RedirectByRule(ContentSnapshot snapshot, string path)
    {
        var addresses = HttpContext.RequestServices.GetRequiredService<Routing.SiteAddresses>();
        return addresses.RuleTarget(snapshot, path, publication.IsVisible) is { } location
            ? RedirectPermanent(UrlPath.ForHeader(location) + Request.QueryString.Value)
            : null;
    }

    private PhysicalFileResult ServeAsset(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        var info = new FileInfo(file);
        Response.Headers.CacheControl = "public, max-age=86400";
        if (contentType == "image/svg+xml")
        {
            // An SVG opened on its own must not run script.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        }

        return PhysicalFile(file, contentType, info.LastWriteTimeUtc,
            new EntityTagHeaderValue($"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\""), enableRangeProcessing: true);
    }
}
