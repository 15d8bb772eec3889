using FabMob.Tests.Shared;

namespace FabMob.Content.Tests.Fixtures;

/// <summary>The generated association repository, written once for a test class into a temporary folder, deleted after.</summary>
public sealed class AssociationRepositoryTree : IDisposable
{
    public static readonly DateOnly Today = new(2026, 12, 6);

    public AssociationRepositoryTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-association-tests", Guid.NewGuid().ToString("N"));
        Manifest = AssociationRepository.Write(Root, Today);
    }

    public string Root { get; }

    internal AssociationRepositoryManifest Manifest { get; }

    public string FullPath(string repositoryPath) => Path.Combine(Root, repositoryPath.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string repositoryPath) => File.ReadAllText(FullPath(repositoryPath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
