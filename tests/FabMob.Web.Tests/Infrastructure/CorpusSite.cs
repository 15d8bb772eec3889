namespace FabMob.Web.Tests.Infrastructure;

/// <summary>The site in Production on a generated blog, shared by the tests of one class.</summary>
public sealed class CorpusSite : IDisposable
{
    public const int Articles = 300;
    private readonly TempSite _content = TempSite.Empty();

    public CorpusSite()
    {
        Generated = CorpusGenerator.Write(_content.Root, Articles);
        Factory = new SiteFactory(_content.Root);
    }

    public IReadOnlyList<GeneratedArticle> Generated { get; }
    public SiteFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _content.Dispose();
    }
}
