using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>A mission with its anchor (from its <c>id</c>) and its description rendered from Markdown.</summary>
public sealed record MissionItem(Mission Mission, string Anchor, string? DescriptionHtml);
