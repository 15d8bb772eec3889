using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>A content page, with what the view shows around its HTML.</summary>
public sealed record PageViewModel(ContentPage Page, PageMeta Meta, bool ShowDraftBanner) : ILayoutModel;
