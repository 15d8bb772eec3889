using FabMob.Web.Models;

namespace FabMob.Web.DataPages;

/// <summary>The missions of a page with the values of their filters, in the order of first appearance.</summary>
public sealed record MissionsContent(IReadOnlyList<MissionItem> Items, IReadOnlyList<string> Communs, IReadOnlyList<string> Postes);
