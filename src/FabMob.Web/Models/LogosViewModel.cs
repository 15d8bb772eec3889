namespace FabMob.Web.Models;

/// <summary>A page of members' or partners' logos, each linking to its site, with its interview beside.</summary>
public sealed record LogosViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<LogoGroup> Groups) : IDataPageModel
{
    public bool ShowGroupNames => Groups.Count > 1;
}
