using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>The home page: its content, the latest articles and the association's structured data.</summary>
public sealed record HomeViewModel(ContentPage Page, PageMeta Meta, bool ShowDraftBanner, IReadOnlyList<ArticleCard> Latest, string JsonLd)
    : ILayoutModel;
