using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>A named group of logos (« Partenaires »).</summary>
public sealed record LogoGroup(string? Name, IReadOnlyList<PartnerLogo> Logos);
