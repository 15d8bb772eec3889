using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>A people page: groups of people, each under its heading when there are several.</summary>
public sealed record TeamViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<TeamGroup> Groups) : IDataPageModel
{
    public bool ShowGroupNames => Groups.Count > 1;
}
