using System.Text;

namespace FabMob.Content.Tests;

/// <summary>
/// A fresh content tree in a temporary directory: files are written by relative path
/// (<c>/</c> separators, UTF-8 without BOM unless bytes are given); the directory is deleted on dispose.
/// </summary>
public sealed class TempContentTree : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempContentTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-content-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>Full path of the tree's root directory.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM) and returns the full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, Utf8NoBom.GetBytes(text));

    /// <summary>Writes raw bytes and returns the full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var fullPath = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        System.IO.File.WriteAllBytes(fullPath, bytes);
        return fullPath;
    }

    public string FullPath(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The <see cref="ContentFile"/> the scanner would give for <paramref name="relativePath"/>.</summary>
    public ContentFile File(string relativePath) => new(relativePath, FullPath(relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
    }
}
