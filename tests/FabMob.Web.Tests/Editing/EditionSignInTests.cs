using System.Net;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing;

/// <summary>Signing in and out of the editor with real cookies and antiforgery tokens.</summary>
public sealed class EditionSignInTests(EditionSiteFixture fixture) : IClassFixture<EditionSiteFixture>
{
    private readonly EditionSite _site = fixture.Site;

    [Fact]
    public async Task An_editor_signs_in_with_their_password_and_the_dashboard_shows_their_name_and_role()
    {
        using var client = _site.NewClient();

        var response = await EditionSite.SignInAsync(client, "  Alice@Exemple.org ", EditionSite.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/_edition", response.Headers.Location?.OriginalString);
        var (dashboard, page) = await Html.GetAsync(client, "/_edition");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("Alice Martin", page.QuerySelector(".edition__nom")?.TextContent);
        Assert.Equal("Rédaction", page.QuerySelector(".edition__role")?.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/_edition/deconnexion'][method=post] input[name=__jeton]"));
    }

    [Fact]
    public async Task The_session_cookie_is_httponly_samestrict_limited_to_the_editor_and_secure_over_https()
    {
        using var client = _site.NewClient(https: true);

        var response = await EditionSite.SignInAsync(client, EditionSite.BobEmail, EditionSite.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(EditionAuthentication.CookieName + "=", StringComparison.Ordinal));
        var attributes = cookie.ToLowerInvariant();
        Assert.Contains("path=/_edition", attributes, StringComparison.Ordinal);
        Assert.Contains("httponly", attributes, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", attributes, StringComparison.Ordinal);
        Assert.Contains("secure", attributes, StringComparison.Ordinal);
        Assert.DoesNotContain("expires=", attributes, StringComparison.Ordinal);
        var (_, page) = await Html.GetAsync(client, "/_edition");
        Assert.Equal("Administration", page.QuerySelector(".edition__role")?.TextContent);
    }

    [Fact]
    public async Task An_unknown_account_and_a_wrong_password_get_the_same_french_message()
    {
        using var client = _site.NewClient();

        var (wrong, wrongPage) = await EditionSite.SignInPageAsync(client, EditionSite.AliceEmail, "pas le bon mot de passe");
        var (unknown, unknownPage) = await EditionSite.SignInPageAsync(client, "personne@exemple.org", "pas le bon mot de passe");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(SignInMessages.Rejected, wrongPage.QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal(SignInMessages.Rejected, unknownPage.QuerySelector("[role=alert]")?.TextContent);
        Assert.DoesNotContain(wrong.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith(EditionAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/_edition")]
    [InlineData("/_edition/fichier?chemin=blog%2F2015%2Fgenese.md")]
    [InlineData("/_edition/adresse-inconnue")]
    public async Task Without_a_cookie_a_get_under_the_editor_is_sent_to_the_sign_in_page(string path)
    {
        using var client = _site.NewClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/_edition/connexion?retour=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/_edition/deconnexion")]
    [InlineData("/_edition")]
    [InlineData("/_edition/fichier?chemin=blog%2F2015%2Fgenese.md")]
    public async Task Without_a_cookie_a_post_under_the_editor_gets_a_401(string path)
    {
        using var client = _site.NewClient();

        var response = await EditionSite.PostAsync(client, path, [new("titre", "x")]);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task After_signing_in_the_editor_goes_back_to_the_editor_address_it_asked_for_and_never_to_another_site()
    {
        using var client = _site.NewClient();
        using var other = _site.NewClient();

        var local = await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password, "/_edition?q=gen%C3%A8se");
        var away = await EditionSite.SignInAsync(other, EditionSite.AliceEmail, EditionSite.Password, "//ailleurs.example/piege");

        Assert.Equal("/_edition?q=gen%C3%A8se", local.Headers.Location?.OriginalString);
        Assert.Equal("/_edition", away.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = _site.NewClient();
        await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password);
        var token = await EditionSite.TokenAsync(client, "/_edition");

        var response = await EditionSite.PostAsync(client, "/_edition/deconnexion", [new("__jeton", token)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/_edition/connexion", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_without_an_antiforgery_token_is_refused_with_400()
    {
        using var client = _site.NewClient();
        await EditionSite.TokenAsync(client, EditionViews.SignInPath);

        var response = await EditionSite.PostAsync(client, EditionViews.SignInPath,
            [new("email", EditionSite.AliceEmail), new("motDePasse", EditionSite.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_with_400_and_the_session_goes_on()
    {
        using var client = _site.NewClient();
        await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password);
        var token = await EditionSite.TokenAsync(client, "/_edition");
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await EditionSite.PostAsync(client, "/_edition/deconnexion", [new("__jeton", forged)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_token_replayed_from_another_session_is_refused_with_400()
    {
        using var alice = _site.NewClient();
        using var bob = _site.NewClient();
        await EditionSite.SignInAsync(alice, EditionSite.AliceEmail, EditionSite.Password);
        await EditionSite.SignInAsync(bob, EditionSite.BobEmail, EditionSite.Password);
        var alicesToken = await EditionSite.TokenAsync(alice, "/_edition");

        var response = await EditionSite.PostAsync(bob, "/_edition/deconnexion", [new("__jeton", alicesToken)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_token_of_the_same_editor_from_an_earlier_session_is_refused_with_400()
    {
        using var first = _site.NewClient();
        using var second = _site.NewClient();
        await EditionSite.SignInAsync(first, EditionSite.AliceEmail, EditionSite.Password);
        await EditionSite.SignInAsync(second, EditionSite.AliceEmail, EditionSite.Password);
        var firstToken = await EditionSite.TokenAsync(first, "/_edition");

        var response = await EditionSite.PostAsync(second, "/_edition/deconnexion", [new("__jeton", firstToken)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
