namespace FabMob.Web.Models;

/// <summary>A generic page of cards whose fields are named in configuration.</summary>
public sealed record CardsViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<CardGroup> Groups) : IDataPageModel
{
    public bool ShowGroupNames => Groups.Count > 1;
}
