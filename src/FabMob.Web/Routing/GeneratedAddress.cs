namespace FabMob.Web.Routing;

/// <summary>One address the application generates (not encoded), the date of its newest entry, and whether the sitemap lists it.</summary>
public sealed record GeneratedAddress(string Path, DateTimeOffset? Modified, bool InSitemap);
