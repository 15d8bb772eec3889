using FabMob.Content;
using FabMob.Web.Content;
using FabMob.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Controllers;

/// <summary>
/// Answers every site path from the current snapshot: a page, a redirect to its canonical URL
/// (query string kept), a file of the content tree, or the French 404 page.
/// </summary>
public sealed class ContentController(ContentSnapshotHost content, IWebHostEnvironment environment, TimeProvider time)
    : Controller
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [HttpGet("{**path}", Order = int.MaxValue)]
    [HttpHead("{**path}", Order = int.MaxValue)]
    public IActionResult Show()
    {
        var path = Request.Path.HasValue ? Request.Path.Value! : "/";
        return content.Current.Match(path) switch
        {
            ContentMatch.Page { Content: var page } => ShowPage(page),
            ContentMatch.Redirect { Location: var location } =>
                RedirectPermanent(UrlPath.ForHeader(location) + Request.QueryString.Value),
            ContentMatch.Asset { PhysicalPath: var file } => ServeAsset(file),
            _ => PageNotFound(),
        };
    }

    private ViewResult ShowPage(ContentPage page)
    {
        var isPreview = environment.IsDevelopment();
        if (!page.IsPublishedAt(time.GetUtcNow()) && !isPreview)
        {
            return PageNotFound();
        }

        var meta = new PageMeta
        {
            Title = page.Title,
            Description = page.Description,
            Path = page.Url,
            OpenGraphType = page.Collection is null ? "website" : "article",
            Image = page.FrontMatter.Image,
            NoIndex = page.IsDraft,
        };
        var model = new PageViewModel(page, meta, ShowDraftBanner: !page.IsPublishedAt(time.GetUtcNow()));
        var view = string.Equals(page.FrontMatter.Layout, "accueil", StringComparison.OrdinalIgnoreCase) ? "Accueil" : "Page";
        return View(view, model);
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

    private ViewResult PageNotFound()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Error", ErrorViewModel.For(StatusCodes.Status404NotFound));
    }
}
