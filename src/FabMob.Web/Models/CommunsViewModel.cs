namespace FabMob.Web.Models;

/// <summary>The communs page.</summary>
public sealed record CommunsViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<CommunCard> Communs) : IDataPageModel;
