using System.Net;
using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Configuration;

/// <summary>The content tree's own <c>site.yaml</c>: read as the lowest configuration source, validated, checked.</summary>
public sealed class SiteFileTests : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    private void WriteRepository(string siteYaml)
    {
        _content.Write("site.yaml", siteYaml);
        _content.Write("contenu/articles/2021/Aller vers le covoiturage par l'expérimentation.md",
            "---\ntitle: Aller vers le covoiturage\ndate: 2021-5-4\n---\nTexte ![route](images/route.png).\n");
        Directory.CreateDirectory(_content.PathOf("contenu/articles/2021/images"));
        File.WriteAllBytes(_content.PathOf("contenu/articles/2021/images/route.png"), [0x89, 0x50, 0x4E, 0x47]);
        _content.Write("contenu/manifeste.md", "---\ntitre : Manifeste\n---\nNous croyons.\n");
        _content.Write("README.md", "# Le dépôt\n");
        Directory.CreateDirectory(_content.PathOf("images/nous"));
        File.WriteAllBytes(_content.PathOf("images/nous/alice.jpg"), [0xFF, 0xD8, 0xFF]);
    }

    private const string Mounts = """
        Name: La Fabrique des Mobilités (dépôt)
        Mounts:
          - Source: contenu/articles
            Target: /blog
            Kind: collection
          - Source: contenu
            Target: /à-propos
            Kind: pages
            Recursive: false
          - { Source: contenu, Kind: fichiers }
          - { Source: images, Kind: files }
        """;

    [Fact]
    public async Task A_repository_laid_out_otherwise_is_served_through_the_mounts_of_its_site_yaml()
    {
        WriteRepository(Mounts);
        using var factory = new SiteFactory(_content.Root);
        var client = factory.CreateRawClient();

        var (article, page) = await Html.GetAsync(client, "/blog/aller-vers-le-covoiturage-par-l-expérimentation");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("La Fabrique des Mobilités (dépôt)", page.Title, StringComparison.Ordinal);
        Assert.Equal("/contenu/articles/2021/images/route.png", page.QuerySelector("main img")?.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contenu/articles/2021/images/route.png")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/images/nous/alice.jpg")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/à-propos/manifeste")).StatusCode);

        var raw = await client.GetAsync("/blog/Aller%20vers%20le%20covoiturage%20par%20l'exp%C3%A9rimentation?utm_source=lettre");
        Assert.Equal(HttpStatusCode.MovedPermanently, raw.StatusCode);
        Assert.Equal("/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation?utm_source=lettre", raw.Headers.Location?.OriginalString);

        foreach (var path in new[] { "/site.yaml", "/readme", "/README.md", "/contenu/manifeste.md", "/contenu/manifeste" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Settings_of_the_application_override_those_of_the_content_tree()
    {
        WriteRepository(Mounts);
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { ["Site:Name"] = "Nom de l'hébergeur" });

        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/à-propos/manifeste");

        Assert.Contains("Nom de l'hébergeur", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_site_yaml_stops_the_app_naming_the_file_and_line()
    {
        WriteRepository("Name: FabMob\nMounts: [\n");
        using var factory = new SiteFactory(_content.Root);

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, message => message.StartsWith("site.yaml:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mounts:\n  - { Source: contenu, Kind: galerie }\n", "Site:Mounts:0:Kind")]
    [InlineData("Mounts:\n  - { Source: ../ailleurs, Kind: pages }\n", "Site:Mounts:0:Source")]
    [InlineData("Mounts:\n  - { Source: contenu, Target: blog, Kind: pages }\n", "Site:Mounts:0:Target")]
    [InlineData("Mounts:\n  - { Source: contenu/articles, Kind: collection, Cover: couvertures/x.jpg }\n", "Site:Mounts:0:Cover")]
    [InlineData("OwnHosts: [\"https://lafabriquedesmobilites.fr/\"]\n", "Site:OwnHosts:0")]
    public void An_invalid_mount_or_host_stops_the_app_naming_the_key(string siteYaml, string key)
    {
        WriteRepository(siteYaml);
        using var factory = new SiteFactory(_content.Root);

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, message => message.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_reports_a_broken_site_yaml_as_a_file_error()
    {
        WriteRepository("Name: FabMob\nMounts: [\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await CheckCommand.RunAsync([$"--Site:ContentPath={_content.Root}"], output, errors);

        Assert.Equal(CheckCommand.ContentErrors, status);
        Assert.StartsWith("site.yaml:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("erreur: YAML invalide", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_warns_about_an_unknown_key_of_site_yaml_and_passes()
    {
        WriteRepository(Mounts + "\nMontages: []\n");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await CheckCommand.RunAsync([$"--Site:ContentPath={_content.Root}"], output, errors);

        Assert.Equal(CheckCommand.Success, status);
        Assert.Contains("site.yaml:12:1: avertissement: clé « Montages » inconnue", output.ToString(), StringComparison.Ordinal);
    }
}
