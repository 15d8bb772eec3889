namespace FabMob.Web.Tests.Editing.History;

/// <summary>One <see cref="HistorySite"/> shared by the tests of a class that never write.</summary>
public sealed class HistorySiteFixture : IDisposable
{
    public HistorySite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
