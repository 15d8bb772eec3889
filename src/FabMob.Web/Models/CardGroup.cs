namespace FabMob.Web.Models;

/// <summary>A named group of cards.</summary>
public sealed record CardGroup(string? Name, IReadOnlyList<CardItem> Cards);
