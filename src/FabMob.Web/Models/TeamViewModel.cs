using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>The team page: groups of people.</summary>
public sealed record TeamViewModel(PageMeta Meta, IReadOnlyList<TeamGroup> Groups) : ILayoutModel;
