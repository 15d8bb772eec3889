namespace FabMob.Web.Tests.Infrastructure;

/// <summary>The application serving a private copy of <c>Fixtures/site</c>; shared by the tests of one class.</summary>
public sealed class FixtureSite : IDisposable
{
    public FixtureSite()
    {
        Content = TempSite.FromFixture();
        Factory = new SiteFactory(Content.Root);
    }

    public TempSite Content { get; }
    public SiteFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}

/// <summary>The application serving the repository's own <c>content/</c>, as the README's serve command does.</summary>
public sealed class RepositorySite : IDisposable
{
    public SiteFactory Factory { get; } = new(contentPath: null);

    public void Dispose() => Factory.Dispose();
}
