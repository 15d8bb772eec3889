namespace FabMob.Content.Tests;

/// <summary>
/// A rebuild reuses the page of every file that has not changed (same size and write time) as long
/// as its links resolve as before; anything else is read and rendered again.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly ContentSnapshotBuilder _builder = new(new ContentOptions());

    public void Dispose() => _tree.Dispose();

    private ContentSnapshot Build(ContentSnapshot? previous = null) => _builder.Build(_tree.Root, previous);

    /// <summary>Writes a file with a given write time, so that an edit within one clock tick is still seen as a change.</summary>
    private void WriteAt(string relativePath, string text, int seconds)
    {
        _tree.Write(relativePath, text);
        File.SetLastWriteTimeUtc(_tree.FullPath(relativePath), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds));
    }

    [Fact]
    public void An_unchanged_file_keeps_its_page_and_an_edited_one_is_read_again()
    {
        _tree.Write("a.md", "---\ntitre: A\n---\nPremier.\n");
        _tree.Write("b.md", "---\ntitre: B\n---\nSecond.\n");
        var first = Build();

        _tree.Write("b.md", "---\ntitre: B\n---\nSecond, modifié.\n");
        var second = Build(first);

        Assert.Same(first.PagesByUrl["/a"], second.PagesByUrl["/a"]);
        Assert.Contains("modifié", second.PagesByUrl["/b"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_of_the_same_size_is_seen_by_its_write_time()
    {
        WriteAt("a.md", "---\ntitre: A\n---\nAvant.\n", 1);
        var first = Build();

        WriteAt("a.md", "---\ntitre: A\n---\nAprès.\n", 2);
        var second = Build(first);

        Assert.Contains("Après", second.PagesByUrl["/a"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_linking_to_a_page_whose_address_changed_is_rendered_again()
    {
        _tree.Write("lien.md", "---\ntitre: Lien\n---\nVoir [la cible](cible.md).\n");
        _tree.Write("cible.md", "---\ntitre: Cible\n---\nTexte.\n");
        var first = Build();
        Assert.Contains("href=\"/cible\"", first.PagesByUrl["/lien"].Html, StringComparison.Ordinal);

        _tree.Write("cible.md", "---\ntitre: Cible\nslug: nouvelle-adresse\n---\nTexte.\n");
        var second = Build(first);

        Assert.Contains("href=\"/nouvelle-adresse\"", second.PagesByUrl["/lien"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_linking_to_a_page_that_appears_later_is_rendered_again()
    {
        _tree.Write("blog/lien.md", "---\ntitre: Lien\ndate: 2024-01-01\n---\nVoir [la suite](suite.md).\n");
        var first = Build();

        _tree.Write("blog/suite.md", "---\ntitre: Suite\ndate: 2024-02-01\nslug: la-suite\n---\nTexte.\n");
        var second = Build(first);

        Assert.Contains("href=\"/blog/la-suite\"", second.PagesByUrl["/blog/lien"].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_linking_to_a_deleted_page_is_rendered_again()
    {
        _tree.Write("lien.md", "---\ntitre: Lien\n---\nVoir [la cible](cible.md).\n");
        _tree.Write("cible.md", "---\ntitre: Cible\nslug: ailleurs\n---\nTexte.\n");
        var first = Build();

        File.Delete(_tree.FullPath("cible.md"));
        var second = Build(first);

        Assert.DoesNotContain("/ailleurs", second.PagesByUrl["/lien"].Html, StringComparison.Ordinal);
        Assert.False(second.PagesByUrl.ContainsKey("/ailleurs"));
    }

    [Fact]
    public void The_warnings_of_an_unchanged_file_are_still_reported()
    {
        _tree.Write("a.md", "---\ntitre: A\n---\nTexte.\n\n<div onclick=\"x()\">bloc</div>\n");
        _tree.Write("b.md", "---\ntitre: B\n---\nTexte.\n");
        var first = Build();
        var warnings = first.Findings.Where(f => f.File == "a.md").ToList();
        Assert.NotEmpty(warnings);

        _tree.Write("b.md", "---\ntitre: B\n---\nAutre texte.\n");
        var second = Build(first);

        Assert.Equal(warnings, second.Findings.Where(f => f.File == "a.md"));
    }

    [Fact]
    public void A_broken_edit_keeps_the_last_good_page_and_its_fix_is_read()
    {
        WriteAt("a.md", "---\ntitre: A\n---\nBon.\n", 1);
        var first = Build();

        WriteAt("a.md", "---\ntitre: [A\n---\nCassé.\n", 2);
        var broken = Build(first);
        Assert.Contains("Bon", broken.PagesByUrl["/a"].Html, StringComparison.Ordinal);
        Assert.Contains(broken.Findings, f => f.File == "a.md" && f.Severity == ContentSeverity.Error);

        var stillBroken = Build(broken);
        Assert.Contains(stillBroken.Findings, f => f.File == "a.md" && f.Severity == ContentSeverity.Error);

        WriteAt("a.md", "---\ntitre: A\n---\nRéparé.\n", 3);
        var fixedSnapshot = Build(stillBroken);
        Assert.Contains("Réparé", fixedSnapshot.PagesByUrl["/a"].Html, StringComparison.Ordinal);
        Assert.DoesNotContain(fixedSnapshot.Findings, f => f.File == "a.md");
    }

    [Fact]
    public void A_file_whose_body_is_refused_leaves_no_redirect_and_no_link_to_its_address()
    {
        _tree.Write("Profond.md", "---\ntitre: Profond\naliases: [/ancien-profond]\n---\n" + new string('*', 200) + "a" + new string('*', 200) + "\n");
        _tree.Write("lien.md", "---\ntitre: Lien\n---\nVoir [profond](Profond.md).\n");

        var snapshot = Build();

        Assert.Contains(snapshot.Findings, f => f.File == "Profond.md" && f.Severity == ContentSeverity.Error);
        Assert.False(snapshot.PagesByUrl.ContainsKey("/profond"));
        Assert.IsType<ContentMatch.NotFound>(snapshot.Match("/Profond"));
        Assert.IsType<ContentMatch.NotFound>(snapshot.Match("/ancien-profond"));
        Assert.DoesNotContain("href=\"/profond\"", snapshot.PagesByUrl["/lien"].Html, StringComparison.Ordinal);
    }
}
