using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing;

/// <summary>With no account configured, the editor does not exist: every address under it is the site's 404.</summary>
public sealed class EditionAbsentTests : IDisposable
{
    private readonly EditionSite _site = new(withAccounts: false);

    [Theory]
    [InlineData("/_edition")]
    [InlineData("/_edition/connexion")]
    [InlineData("/_edition/fichier?chemin=index.md")]
    public async Task Without_accounts_every_editor_address_is_the_sites_404_page(string path)
    {
        using var client = _site.NewClient();

        var (response, page) = await Html.GetAsync(client, path);
        var (_, unknown) = await Html.GetAsync(client, "/une-page-qui-n-existe-pas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(unknown.Title, page.Title);
        Assert.Null(page.QuerySelector("input[type=password]"));
    }

    [Theory]
    [InlineData("/_edition/connexion")]
    [InlineData("/_edition/deconnexion")]
    public async Task Without_accounts_a_post_to_the_editor_is_a_404(string path)
    {
        using var client = _site.NewClient();

        var response = await EditionSite.PostAsync(client, path, [new("email", EditionSite.AliceEmail), new("motDePasse", EditionSite.Password)]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    public void Dispose() => _site.Dispose();
}
