namespace FabMob.Web.Models;

/// <summary>The publications page, in the file's order.</summary>
public sealed record PublicationsViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<PublicationCard> Publications) : IDataPageModel;
