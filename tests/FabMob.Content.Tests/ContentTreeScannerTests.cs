using System.Text;
using FabMob.Content.Mounts;

namespace FabMob.Content.Tests;

/// <summary>The scan of a content tree, on real files and real symbolic links.</summary>
public sealed class ContentTreeScannerTests : IDisposable
{
    private readonly TempContentTree _tree = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "fabmob-content-tests", "dehors-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Pages_assets_and_data_files_are_listed_sorted_and_links_hidden_names_and_other_files_are_not()
    {
        _tree.Write("index.md", "# Accueil\n");
        _tree.Write("blog/_index.md", "# Blog\n");
        _tree.Write("blog/2024/Vélo électrique.md", "# Vélo\n");
        _tree.Write("blog/images/photo.PNG", "png");
        _tree.Write("blog/_brouillons/caché.md", "# Caché\n");
        _tree.Write("blog/.git/config.md", "# Caché\n");
        _tree.Write("blog/_note.md", "# Caché\n");
        _tree.Write("blog/notes.txt", "texte");
        _tree.Write("_data/equipe.yaml", "groupes: []\n");
        _tree.Write("_data/lisez-moi.txt", "texte");
        Directory.CreateDirectory(_outside);
        System.IO.File.WriteAllText(Path.Combine(_outside, "secret.md"), "# Secret\n");
        System.IO.File.WriteAllText(Path.Combine(_outside, "secret.png"), "png");
        System.IO.File.CreateSymbolicLink(_tree.FullPath("lien.md"), Path.Combine(_outside, "secret.md"));
        System.IO.File.CreateSymbolicLink(_tree.FullPath("lien.png"), Path.Combine(_outside, "secret.png"));
        Directory.CreateSymbolicLink(_tree.FullPath("dossier-lien"), _outside);

        var tree = ContentTreeScanner.Scan(_tree.Root, new ContentOptions());

        Assert.Equal(["blog/2024/Vélo électrique.md", "blog/_index.md", "index.md"], tree.Pages.Select(f => f.RelativePath));
        Assert.Equal(["blog/images/photo.PNG"], tree.Assets.Select(f => f.RelativePath));
        Assert.Equal(["_data/equipe.yaml"], tree.DataFiles.Select(f => f.RelativePath));
        Assert.Equal(_tree.FullPath("blog/2024/Vélo électrique.md"), tree.Pages[0].FullPath);
    }

    [Fact]
    public void A_page_carries_its_size_and_write_time_and_names_are_read_in_NFC()
    {
        var decomposed = "e\u0301te\u0301.md";
        var path = _tree.Write(decomposed, "# Été\n");
        var written = new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(path, written);

        var page = Assert.Single(ContentTreeScanner.Scan(_tree.Root, new ContentOptions()).Pages);

        Assert.Equal("été.md".Normalize(NormalizationForm.FormC), page.RelativePath);
        Assert.True(page.HasStamp);
        Assert.Equal(Encoding.UTF8.GetByteCount("# Été\n"), page.Length);
        Assert.Equal(written, page.Modified.UtcDateTime);
    }

    [Fact]
    public void A_mount_of_one_file_finds_it_by_the_slug_of_its_name()
    {
        // The mount names « Accueil.md », the file is spelled « accueil.md »: same slug.
        _tree.Write("accueil.md", "# Accueil\n");
        _tree.Write("racine.md", "# Pas montée\n");
        _tree.Write("articles/2021/Vélo électrique.md", "# Vélo\n");
        var options = new ContentOptions
        {
            Mounts = [new ContentMount("Accueil.md", "/", MountKind.Pages), new ContentMount("articles", "/blog", MountKind.Collection)],
        };

        var tree = ContentTreeScanner.Scan(_tree.Root, options);

        Assert.Equal(["accueil.md", "articles/2021/Vélo électrique.md"], tree.Pages.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_mount_listing_its_files_finds_them_by_the_slug_of_their_names()
    {
        // The mount lists « urgence.md », the file is spelled « Urgence.md »: same slug.
        _tree.Write("contenu/Urgence.md", "# Urgence\n");
        _tree.Write("contenu/autre.md", "# Autre\n");
        var options = new ContentOptions { Mounts = [new ContentMount("contenu", "/activités", MountKind.Pages) { Files = ["urgence.md"] }] };

        var tree = ContentTreeScanner.Scan(_tree.Root, options);

        Assert.Equal(["contenu/Urgence.md"], tree.Pages.Select(f => f.RelativePath));
    }

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_outside))
        {
            Directory.Delete(_outside, recursive: true);
        }
    }
}
