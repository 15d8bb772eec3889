using FabMob.Content;
using FabMob.Web.Configuration;
using FabMob.Web.Models;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Publication;

/// <summary>Builds the typed view models of pages, articles and the home page from a snapshot.</summary>
public sealed class SiteViewModels(PublicationPolicy publication, SiteUrls urls, IOptions<SiteOptions> site, Home.HomeSections homeSections)
{
    public PageViewModel Page(ContentPage page) => new(page, Meta(page), ShowDraftBanner: !publication.IsPublished(page));

    public HomeViewModel Home(ContentSnapshot snapshot, ContentPage page)
    {
        var organization = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = site.Value.Name,
            ["url"] = urls.Absolute("/"),
            ["logo"] = urls.Absolute("/favicon.svg"),
            ["description"] = page.Description,
            ["sameAs"] = new[] { site.Value.MembershipUrl },
        };
        return new HomeViewModel(page, Meta(page), !publication.IsPublished(page), homeSections.Build(snapshot, page), JsonLd(organization));
    }

    public ArticleViewModel Article(ContentSnapshot snapshot, ContentPage page)
    {
        var entries = publication.Entries(snapshot, page.Collection!);
        var index = EntryList.IndexOf(entries, page);
        var newer = index > 0 ? Card(entries[index - 1]) : null;
        var older = index >= 0 && index < entries.Count - 1 ? Card(entries[index + 1]) : null;
        var posting = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = page.Title,
            ["description"] = page.Description,
            ["url"] = urls.Absolute(page.Url),
            ["mainEntityOfPage"] = urls.Absolute(page.Url),
            ["datePublished"] = page.Date?.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ["dateModified"] = page.FileModified.ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            ["image"] = page.Cover is null ? null : urls.Absolute(page.Cover),
            ["author"] = page.FrontMatter.Authors.Count == 0 ? null
                : page.FrontMatter.Authors.Select(name => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = name }).ToList(),
            ["keywords"] = page.FrontMatter.Tags.Count == 0 ? null : string.Join(", ", page.FrontMatter.Tags),
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = site.Value.Name },
            ["inLanguage"] = site.Value.Language,
        };
        return new ArticleViewModel(page, Meta(page), !publication.IsPublished(page),
            Terms(page.FrontMatter.Tags, snapshot.Tags, Routing.GeneratedAddresses.Tag),
            Terms(page.FrontMatter.Categories, snapshot.Categories, Routing.GeneratedAddresses.Category),
            Previous: older, Next: newer, JsonLd(posting));
    }

    public ArticleCard Card(ContentPage page) => ArticleCard.From(page, isUnpublished: !publication.IsPublished(page));

    public PageMeta Meta(ContentPage page) => new()
    {
        Title = page.Title,
        Description = page.Description,
        Path = page.Url,
        OpenGraphType = page.Collection is null ? "website" : "article",
        Image = page.Cover,
        NoIndex = !publication.IsPublished(page),
    };

    private static List<TermLink> Terms(IReadOnlyList<string> values, Taxonomy taxonomy, Func<string, string> url) =>
    [
        .. values
            .Select(SlugBuilder.Slugify)
            .Where(slug => slug.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(slug => taxonomy.Terms.TryGetValue(slug, out var term) ? new TermLink(term.Label, url(slug)) : null)
            .OfType<TermLink>(),
    ];

    private static string JsonLd(Dictionary<string, object?> value) => JsonLdWriter.Write(value);
}
