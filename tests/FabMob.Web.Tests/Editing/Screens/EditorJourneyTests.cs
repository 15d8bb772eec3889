using FabMob.Content;
using FabMob.Web.Tests.Browser;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Editing.Screens;

/// <summary>An editor's whole journey in Debian's chromium, against the site on Kestrel serving a real clone.</summary>
[Trait("Category", "Browser")]
public sealed class EditorJourneyTests(EditorBrowserSite site) : IClassFixture<EditorBrowserSite>
{
    [Fact]
    public async Task An_editor_signs_in_creates_an_article_with_a_picture_previews_it_publishes_it_and_finds_it_on_the_blog_under_their_name()
    {
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("/_edition"));
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Connexion à l’édition");
        await AssertAccessibleAsync(page, "connexion");
        await Screenshots.WriteAsync(page, "edition-connexion");
        await page.GetByLabel("Adresse e-mail").FillAsync(EditionSite.AliceEmail);
        await page.GetByLabel("Mot de passe").FillAsync(EditionSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await ChromiumSite.ArriveAtAsync(page, site.Url("/_edition"));
        await AssertAccessibleAsync(page, "tableau de bord");
        await Screenshots.WriteAsync(page, "edition-tableau");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvel article" }).ClickAsync();

        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Nouvel article");
        await page.GetByLabel("Titre", new() { Exact = true }).FillAsync("Journée vélo à Lyon");
        await page.GetByLabel("Résumé").FillAsync("Une journée pour essayer les vélos cargos.");
        await page.GetByLabel("Texte (Markdown)").FillAsync("Nous avons essayé **douze** vélos cargos.");
        await page.GetByLabel("Image (JPEG").SetInputFilesAsync(new FilePayload { Name = "Vélo cargo.png", MimeType = "image/png", Buffer = ScreensSite.Png });
        await page.GetByLabel("Description de l'image").FillAsync("Un vélo cargo devant la gare");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter l'image" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Image ajoutée");
        await Assertions.Expect(page.GetByLabel("Texte (Markdown)")).ToHaveValueAsync(
            "Nous avons essayé **douze** vélos cargos.\n\n![Un vélo cargo devant la gare](images/velo-cargo.png)\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aperçu" }).ClickAsync();

        var preview = page.Locator(".edition__apercu");
        await Assertions.Expect(preview.Locator("h2")).ToHaveTextAsync("Aperçu, non enregistré");
        await Assertions.Expect(preview.Locator(".prose strong")).ToHaveTextAsync("douze");
        await preview.ScrollIntoViewIfNeededAsync();
        await Screenshots.WriteAsync(page, "edition-apercu");
        await page.GetByLabel("Brouillon").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enregistré et publié");
        Assert.Contains("resultat=publie", page.Url, StringComparison.Ordinal);
        await AssertAccessibleAsync(page, "formulaire d'article");

        await site.Screens.WaitForSnapshotAsync(s => s.Match("/blog/journée-vélo-à-lyon") is ContentMatch.Page);
        await page.GotoAsync(site.Url("/blog"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Journée vélo à Lyon" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Journée vélo à Lyon");
        var picture = page.Locator("main img[alt='Un vélo cargo devant la gare']");
        await Assertions.Expect(picture).ToHaveCountAsync(1);
        var source = await picture.GetAttributeAsync("src");
        var served = await page.Context.APIRequest.GetAsync(new Uri(new Uri(page.Url), source!).AbsoluteUri);
        Assert.Equal(200, served.Status);
        Assert.Equal(ScreensSite.Png, await served.BodyAsync());

        var log = ScreensSite.Git(site.Screens.Origin, "log", "-2", "--format=%an <%ae>|%s", "main").Split('\n');
        Assert.Equal(
            [
                $"Alice Martin <{EditionSite.AliceEmail}>|Création de blog/{DateTime.UtcNow.Year}/journée-vélo-à-lyon.md",
                $"Alice Martin <{EditionSite.AliceEmail}>|Ajout de l'image blog/{DateTime.UtcNow.Year}/images/velo-cargo.png",
            ], log);
        await page.Context.CloseAsync();
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var report = await Axe.CheckAsync(page);
        Assert.True(report.Violations.Count == 0,
            $"axe sur {what} : " + string.Join("\n", report.Violations.Select(v => $"{v.Id} {v.Help} {string.Join(" | ", v.Nodes)}")));
    }
}
