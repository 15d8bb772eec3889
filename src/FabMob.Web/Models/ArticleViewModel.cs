using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>An entry of a collection: the page and what surrounds it (metadata, neighbours, structured data).</summary>
public sealed record ArticleViewModel(ContentPage Page, PageMeta Meta, bool ShowDraftBanner, IReadOnlyList<TermLink> Tags,
    IReadOnlyList<TermLink> Categories, ArticleCard? Previous, ArticleCard? Next, string JsonLd) : ILayoutModel;
