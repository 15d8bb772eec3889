namespace FabMob.Web.Home;

/// <summary>A section of the home page, as its view shows it. <see cref="Id"/> names its heading for <c>aria-labelledby</c>.</summary>
public abstract record HomeSection(string Id, string? Title);
