namespace FabMob.Web.Tests.Browser;

/// <summary>The themed browser tests share one <see cref="ThemedDesignSite"/> (one server, one chromium).</summary>
[CollectionDefinition(Name)]
public sealed class ThemedDesignSiteGroup : ICollectionFixture<ThemedDesignSite>
{
    public const string Name = "Site aux couleurs de l'association dans chromium";
}
