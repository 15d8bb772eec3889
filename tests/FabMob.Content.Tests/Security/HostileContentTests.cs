using System.Text;
using FabMob.Tests.Shared;

namespace FabMob.Content.Tests.Security;

/// <summary>
/// Files written to hurt the server: each is refused with a French message naming its limit, the
/// build finishes, and the good page is served. No timing is asserted: tests do not depend on the
/// machine's speed, but a limit that failed would make them take minutes (quadratic parsing) or
/// kill the test process (stack overflow).
/// </summary>
public sealed class HostileContentTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static MarkdownLimitException Refused(string markdown) =>
        Assert.Throws<MarkdownLimitException>(() => new MarkdownRenderer().Parse(markdown));

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    [Theory]
    [InlineData("*a **a ", 50_000)]
    [InlineData("[", 50_000)]
    [InlineData("](", 50_000)]
    [InlineData("[a](", 50_000)]
    [InlineData("![a](b", 50_000)]
    [InlineData("[ (](", 50_000)]
    [InlineData("*a_ ", 50_000)]
    [InlineData("`a ", 50_000)]
    [InlineData("~~a ", 50_000)]
    public void Pathological_markup_in_one_paragraph_is_refused_before_inline_parsing(string unit, int count)
    {
        var refused = Refused("# Titre\n\n" + Repeat(unit, count) + "\n");

        Assert.StartsWith("Markdown trop complexe : paragraphe trop chargé en mise en forme", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, refused.BodyLine);
    }

    [Fact]
    public void Unclosed_links_before_a_very_long_line_are_refused()
    {
        var refused = Refused(Repeat("[a](b", 400) + new string('b', 1_000_000) + "\n");

        Assert.Contains("trop lourd à mettre en forme", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_spread_over_many_small_paragraphs_is_bounded_per_file()
    {
        // Each paragraph within its own limits (1,800 markup characters on lines of 200), 216,000 in all.
        var paragraph = Repeat(Repeat("[a](", 50) + "\n", 18);
        var refused = Refused(Repeat(paragraph + "\n", 120));

        Assert.Contains("fichier trop chargé", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_wider_than_the_limit_times_its_lines_is_refused()
    {
        var header = "|" + Repeat("a|", 500) + "\n|" + Repeat("-|", 500) + "\n";
        var refused = Refused(header + Repeat("|a|\n", 200));

        Assert.StartsWith("Markdown trop complexe : tableau trop grand : 501 colonnes", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">", 100)]
    [InlineData(">", 5_000)]
    public void Block_quotes_nested_past_the_limit_are_refused(string marker, int depth)
    {
        var markdown = "Intro.\n\n" + Repeat(marker, depth) + " texte\n";

        var error = Record.Exception(() => new MarkdownRenderer().Parse(markdown));

        // Markdig refuses the deepest itself (ArgumentException, translated by the builder); the limit takes the rest.
        Assert.True(error is MarkdownLimitException or ArgumentException, error?.ToString());
    }

    [Fact]
    public void Emphasis_nested_past_the_limit_is_refused_before_rendering()
    {
        var refused = Refused(new string('*', 200) + "a" + new string('*', 200) + "\n");

        Assert.StartsWith("Markdown trop imbriqué : plus de 64 niveaux", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_by_indentation_are_refused()
    {
        var markdown = string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- a\n"));

        var error = Record.Exception(() => new MarkdownRenderer().Parse(markdown));

        Assert.True(error is MarkdownLimitException or ArgumentException, error?.ToString());
    }

    [Fact]
    public void Real_pages_stay_far_from_every_limit()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "content", "à-propos.md"));
        var table = "| Lien | Sujet |\n|---|---|\n" + Repeat("| [Un **lien**](https://example.org/page_1) | *vélo* et `code` |\n", 120);
        var longList = Repeat("- [Ressource](https://example.org/r) : _texte_\n", 2_000);

        foreach (var markdown in new[] { page, table, longList, Repeat("Une ligne de texte ordinaire.\n", 100_000) })
        {
            var document = new MarkdownRenderer().Parse(markdown);
            Assert.NotEmpty(document);
        }
    }

    [Fact]
    public void A_tree_of_hostile_files_builds_reports_each_one_in_french_and_serves_the_good_page()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\n---\nLa page saine.\n");
        HostileFiles.Write(_tree.Root);

        var snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_tree.Root);

        Assert.Equal("La page saine.", snapshot.PagesByUrl["/"].Summary);
        Assert.True(snapshot.PagesByUrl.ContainsKey("/cent-mille-lignes"));
        Assert.True(snapshot.PagesByUrl.ContainsKey("/vide"));
        foreach (var (file, message) in HostileFiles.Expected)
        {
            var finding = Assert.Single(snapshot.Findings, f => f.File == file && f.Severity == ContentSeverity.Error);
            Assert.Contains(message, finding.Message, StringComparison.Ordinal);
            Assert.False(snapshot.PagesBySource.ContainsKey(file), file);
        }

        Assert.Equal(HostileFiles.Expected.Count, snapshot.ErrorCount);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FabMob.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
