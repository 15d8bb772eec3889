namespace FabMob.Web.Tests.Browser;

/// <summary>
/// The browser test classes of this folder share one <see cref="DesignSite"/> (one server, one chromium)
/// and run one after the other, which suits a small machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DesignSiteGroup : ICollectionFixture<DesignSite>
{
    public const string Name = "Site de conception dans chromium";
}
