using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Lists;
using FabMob.Web.Models;
using FabMob.Web.Publication;
using FabMob.Web.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Controllers;

/// <summary>
/// Paginated lists of articles: the blog (without the tags its mount excludes) and its years, each tag
/// and category, and the indexes of tags and categories.
/// </summary>
public sealed class ListController(ContentSnapshotHost content, PublicationPolicy publication, SiteViewModels views,
    IOptions<SiteOptions> site, BlogListing blog, GeneratedAddresses addresses) : Controller
{
    [GeneratedRoute(GeneratedRoute.BlogList)]
    public IActionResult Blog(string? page)
    {
        var snapshot = content.For(HttpContext);
        var intro = snapshot.PagesByUrl.GetValueOrDefault(addresses.Blog);
        var meta = new PageMeta
        {
            Title = intro?.Title ?? "Blog",
            Description = intro?.FrontMatter.Description ?? $"Les articles de {site.Value.Name}.",
            Path = addresses.Blog,
        };
        var archive = blog.For(publication.Entries(snapshot, blog.Collection));
        return List(page, archive.Entries, addresses.Blog, meta, meta.Title, intro?.Html, addresses.RssFeed,
            YearMenu.Of(archive, addresses, current: null));
    }

    /// <summary>The blog's articles of one year, <c>/blog/année/2021</c>: four digits, a year that has articles, else 404.</summary>
    [GeneratedRoute(GeneratedRoute.BlogYear)]
    public IActionResult Year(string year, string? page)
    {
        var archive = blog.For(publication.Entries(content.For(HttpContext), blog.Collection));
        if (year.Length != 4 || !year.All(char.IsAsciiDigit) ||
            archive.Year(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)) is not { } entries)
        {
            return this.NotFoundPage();
        }

        var heading = $"Articles de {entries.Year}";
        var meta = new PageMeta
        {
            Title = heading,
            Description = $"Les articles de {site.Value.Name} publiés en {entries.Year}.",
            Path = addresses.BlogYear(entries.Year),
        };
        return List(page, entries.Entries, addresses.BlogYear(entries.Year), meta, heading, null, addresses.RssFeed,
            YearMenu.Of(archive, addresses, entries.Year));
    }

    [GeneratedRoute(GeneratedRoute.TagList)]
    public IActionResult Tag(string slug, string? page) =>
        Term(content.For(HttpContext).Tags, slug, page, GeneratedAddresses.Tag, "Étiquette", GeneratedAddresses.TagFeed(SlugBuilder.Slugify(slug)));

    [GeneratedRoute(GeneratedRoute.CategoryList)]
    public IActionResult Category(string slug, string? page) =>
        Term(content.For(HttpContext).Categories, slug, page, GeneratedAddresses.Category, "Catégorie", feed: null);

    [GeneratedRoute(GeneratedRoute.TagIndex)]
    public IActionResult Tags() => TermIndex(content.For(HttpContext).Tags, GeneratedAddresses.Tags, "Étiquettes", GeneratedAddresses.Tag);

    [GeneratedRoute(GeneratedRoute.CategoryIndex)]
    public IActionResult Categories() =>
        TermIndex(content.For(HttpContext).Categories, GeneratedAddresses.Categories, "Catégories", GeneratedAddresses.Category);

    private IActionResult Term(Taxonomy taxonomy, string slug, string? page, Func<string, string> url, string kind, string? feed)
    {
        var canonical = SlugBuilder.Slugify(slug);
        if (!taxonomy.Terms.TryGetValue(canonical, out var term))
        {
            return this.NotFoundPage();
        }

        if (canonical != ContentUrlRules.Normalize(slug))
        {
            var target = page is null ? url(canonical) : GeneratedAddresses.ListPage(url(canonical), int.TryParse(page, out var n) ? n : 1);
            return RedirectPermanent(UrlPath.ForHeader(target) + Request.QueryString.Value);
        }

        var heading = $"{kind} : {term.Label}";
        var meta = new PageMeta
        {
            Title = heading,
            Description = $"Les articles de {site.Value.Name} classés « {term.Label} ».",
            Path = url(canonical),
        };
        return List(page, publication.Pages(term), url(canonical), meta, heading, null, feed);
    }

    private ViewResult TermIndex(Taxonomy taxonomy, string path, string heading, Func<string, string> url)
    {
        var terms = taxonomy.Sorted
            .Select(term => new TermLink(term.Label, url(term.Slug), publication.Pages(term).Count))
            .Where(term => term.Count > 0)
            .ToList();
        var meta = new PageMeta { Title = heading, Description = $"{heading} des articles de {site.Value.Name}.", Path = path };
        return View("Termes", new TermIndexViewModel(meta, heading, terms));
    }

    /// <summary>
    /// One page of a list. The page number comes from the path (<c>/page/2</c>) or the query
    /// (<c>?page=2</c>); anything but a page that exists is a 404, and page 1 by path redirects to the list.
    /// </summary>
    private IActionResult List(string? pathPage, IReadOnlyList<ContentPage> entries, string basePath, PageMeta meta,
        string heading, string? introHtml, string? feed, YearMenu? years = null)
    {
        var requested = pathPage ?? Request.Query["page"].FirstOrDefault();
        var number = 1;
        if (requested is not null && (!int.TryParse(requested, System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return this.NotFoundPage();
        }

        if (pathPage is not null && number == 1)
        {
            return RedirectPermanent(UrlPath.ForHeader(basePath) + Request.QueryString.Value);
        }

        var slice = Pagination.Slice(entries, number, site.Value.PageSize, basePath);
        if (slice is null)
        {
            return this.NotFoundPage();
        }

        var (items, pagination) = slice.Value;
        var pageMeta = number == 1 ? meta : meta with { Title = $"{meta.Title} (page {number})", Path = GeneratedAddresses.ListPage(basePath, number) };
        return View("Liste", new ArticleListViewModel(pageMeta, heading, number == 1 ? introHtml : null,
            [.. items.Select(views.Card)], pagination, feed) { Years = years });
    }
}
