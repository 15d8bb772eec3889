namespace FabMob.Web.Tests.Editing;

/// <summary>One <see cref="EditionSite"/> with two accounts and high limits, shared by the tests of one class.</summary>
public sealed class EditionSiteFixture : IDisposable
{
    public EditionSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
