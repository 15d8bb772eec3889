using FabMob.Tests.Shared;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Association;

/// <summary>
/// A generated repository in the association's layout (no real text: tests/Shared/AssociationRepository*.cs)
/// with only the files of <c>docs/exemples/fabmob.io/</c> added at its root, served by the real
/// application in Production. Shared by the tests of one class.
/// </summary>
public sealed class AssociationSite : IDisposable
{
    public static readonly DateOnly Today = new(2026, 12, 6);

    /// <summary>The example files, copied next to the tests at build time.</summary>
    public static readonly string ExampleFolder = Path.Combine(AppContext.BaseDirectory, "Exemple", "fabmob.io");

    public AssociationSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-association-site", Guid.NewGuid().ToString("N"));
        Manifest = AssociationRepository.Write(Root, Today);
        foreach (var file in Directory.EnumerateFiles(ExampleFolder))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
        }

        Factory = new SiteFactory(Root);
        Client = Factory.CreateRawClient();
    }

    public string Root { get; }

    internal AssociationRepositoryManifest Manifest { get; }

    public SiteFactory Factory { get; }

    /// <summary>A client that does not follow redirects.</summary>
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is harmless.
        }
    }
}
