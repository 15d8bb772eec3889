using System.Diagnostics;
using FabMob.Content.Snapshot;

namespace FabMob.Content.Tests;

/// <summary>
/// Files that are not regular files (a named pipe, as `mkfifo` makes) in a content tree: opening a pipe for reading
/// waits for a writer, and its length cannot be read; the build must neither wait for it nor fail for it.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task A_named_pipe_among_the_pages_and_data_neither_blocks_nor_breaks_the_build()
    {
        _tree.Write("index.md", "# Accueil\n");
        _tree.Write("blog/article.md", "---\ntitre: Un article\n---\nTexte.\n");
        MakeFifo(_tree.FullPath("blog/tube.md"));
        MakeFifo(_tree.FullPath("_data/tube.yaml"));

        var builder = new ContentSnapshotBuilder(new ContentOptions());
        // Run apart: before the fix the build waited forever on the pipe; the bound only keeps the suite from hanging.
        var build = Task.Run(() => builder.Build(_tree.Root));
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromMinutes(2)));

        Assert.Same(build, finished);
        var snapshot = await build;
        Assert.Contains(snapshot.Pages, p => p.Title == "Un article");
        Assert.DoesNotContain(snapshot.Findings, e => e.Severity == ContentSeverity.Error && e.File != "blog/tube.md" && e.File != "_data/tube.yaml");
    }

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
