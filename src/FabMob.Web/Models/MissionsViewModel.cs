namespace FabMob.Web.Models;

/// <summary>The missions page: the filter form and the missions that match it.</summary>
public sealed record MissionsViewModel(PageMeta Meta, string? IntroHtml, MissionFilter Filter, IReadOnlyList<MissionItem> Missions, int Total)
    : IDataPageModel;
