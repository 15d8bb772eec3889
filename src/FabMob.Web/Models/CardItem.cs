using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>An entry shown as a card, its text rendered from Markdown.</summary>
public sealed record CardItem(DataCard Card, string? TextHtml);
