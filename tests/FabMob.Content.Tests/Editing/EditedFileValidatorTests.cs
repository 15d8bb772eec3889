using System.Diagnostics;
using FabMob.Content.Editing;
using FabMob.Content.Mounts;
using FabMob.Content.Tests.Fixtures;
using Xunit.Abstractions;

namespace FabMob.Content.Tests.Editing;

public sealed class EditedFileValidatorTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly ContentOptions _options = new();

    public EditedFileValidatorTests()
    {
        _tree.Write("blog/2021/velo.md", "---\ntitre: Vélo\ndate: 2021-05-01\n---\nVoir [la page](/à-propos).\n");
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nTexte.\n");
    }

    public void Dispose() => _tree.Dispose();

    private IReadOnlyList<ContentError> Validate(string path, string text) =>
        new EditedFileValidator(_options).Validate(_tree.Root, path, text, current: null);

    [Fact]
    public void A_link_that_leads_nowhere_in_the_edited_text_is_found_at_its_line_though_the_file_on_disk_is_fine()
    {
        var findings = Validate("blog/2021/velo.md", "---\ntitre: Vélo\ndate: 2021-05-01\n---\nVoir [la page](/à-propos).\n\nEt [ceci](/nulle-part).\n");

        var finding = Assert.Single(findings);
        Assert.Equal(ContentSeverity.Warning, finding.Severity);
        Assert.Equal(7, finding.Line);
        Assert.Contains("lien vers une page du site qui n'existe pas", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Validate("blog/2021/velo.md", System.IO.File.ReadAllText(_tree.FullPath("blog/2021/velo.md"))));
    }

    [Fact]
    public void A_malformed_front_matter_and_a_bad_date_are_errors_in_french_with_their_lines()
    {
        var malformed = Validate("blog/2021/velo.md", "---\ntitre: Vélo\ntags: [a, b\n---\nTexte.\n");
        var badDate = Validate("blog/2021/velo.md", "---\ntitre: Vélo\ndate: demain\n---\nTexte.\n");

        Assert.Contains(malformed, f => f.Severity == ContentSeverity.Error && f.Line >= 3 && f.Message.StartsWith("YAML invalide", StringComparison.Ordinal));
        var date = Assert.Single(badDate, f => f.Severity == ContentSeverity.Error);
        Assert.Equal(3, date.Line);
        Assert.Contains("date invalide « demain »", date.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_article_not_yet_on_disk_is_checked_and_one_taking_an_existing_address_is_reported()
    {
        Assert.Empty(Validate("blog/2026/nouveau.md", "---\ntitre: Nouveau\ndate: 2026-01-01\n---\nVoir [vélo](/blog/velo).\n"));

        var clash = Validate("blog/2026/velo.md", "---\ntitre: Encore\ndate: 2026-01-01\n---\nTexte.\n");

        Assert.Contains(clash, f => f.Message.Contains("/blog/velo", StringComparison.Ordinal));
        Assert.False(System.IO.File.Exists(_tree.FullPath("blog/2026/nouveau.md")));
    }

    [Fact]
    public void A_missing_title_is_the_same_warning_check_gives()
    {
        var finding = Assert.Single(Validate("blog/2021/velo.md", "---\ndate: 2021-05-01\n---\nTexte.\n"));

        Assert.StartsWith("titre manquant", finding.Message, StringComparison.Ordinal);
    }
}

/// <summary>The cost of checking one edited article of the generated association repository, with the current snapshot reused.</summary>
public sealed class EditedFileValidatorTimingTests(AssociationRepositoryTree repository, ITestOutputHelper output) : IClassFixture<AssociationRepositoryTree>
{
    [Fact]
    public void Checking_one_edited_article_reuses_the_current_snapshot_and_finds_its_broken_link()
    {
        var options = new ContentOptions
        {
            Mounts =
            [
                new ContentMount("contenu/articles", "/blog", MountKind.Collection),
                new ContentMount("contenu", "/à-propos", MountKind.Pages) { Recursive = false },
                new ContentMount("contenu", "/contenu", MountKind.Files),
                new ContentMount("images", "/images", MountKind.Files),
            ],
        };
        var current = new ContentSnapshotBuilder(options).Build(repository.Root);
        var article = repository.Manifest.Articles[10];
        var text = System.IO.File.ReadAllText(repository.FullPath(article.SourcePath)) + "\n\n[cassé](/blog/nulle-part-du-tout)\n";
        var validator = new EditedFileValidator(options);
        validator.Validate(repository.Root, article.SourcePath, text, current); // warm-up

        var timer = Stopwatch.StartNew();
        const int runs = 5;
        IReadOnlyList<ContentError> findings = [];
        for (var i = 0; i < runs; i++)
        {
            findings = validator.Validate(repository.Root, article.SourcePath, text, current);
        }

        output.WriteLine($"{current.Pages.Count} pages, one edited article checked in {timer.ElapsedMilliseconds / runs} ms (mean of {runs})");
        Assert.Contains(findings, f => f.Message.Contains("/blog/nulle-part-du-tout", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(article.SourcePath, f.File));
    }
}
