namespace FabMob.Web.Models;

/// <summary>Every tag or every category, with its number of articles.</summary>
public sealed record TermIndexViewModel(PageMeta Meta, string Heading, IReadOnlyList<TermLink> Terms) : ILayoutModel;
