using FabMob.Content;
using FabMob.Web.Home;

namespace FabMob.Web.Models;

/// <summary>The home page: its content, its sections (from its front matter) and the association's structured data.</summary>
public sealed record HomeViewModel(ContentPage Page, PageMeta Meta, bool ShowDraftBanner, IReadOnlyList<HomeSection> Sections, string JsonLd)
    : ILayoutModel;
