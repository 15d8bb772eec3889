using System.Globalization;
using System.Net;
using FabMob.Web.Editing;

namespace FabMob.Web.Tests.Editing;

/// <summary>A brute-force run of sign-ins meets the per-address limit, the per-account limit and the lockout.</summary>
public sealed class SignInLimitTests
{
    [Fact]
    public async Task After_repeated_failures_the_email_is_locked_even_for_the_right_password_and_an_unknown_email_locks_alike()
    {
        using var site = new EditionSite(new Dictionary<string, string?>
        {
            ["Edition:LockoutFailures"] = "3",
            ["Edition:LockoutMinutes"] = "10",
        });
        using var client = site.NewClient();

        foreach (var email in new[] { EditionSite.AliceEmail, "inconnu@exemple.org" })
        {
            for (var i = 0; i < 3; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, email, "mauvais mot de passe " + i)).StatusCode);
            }

            var (locked, page) = await EditionSite.SignInPageAsync(client, email, EditionSite.Password);

            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.StartsWith(SignInMessages.Locked + " Réessayez dans 10 minutes.", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
            Assert.InRange(int.Parse(locked.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 590, 600);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(client, EditionSite.BobEmail, EditionSite.Password)).StatusCode);
    }

    [Fact]
    public async Task A_success_before_the_lockout_clears_the_failures()
    {
        using var site = new EditionSite(new Dictionary<string, string?> { ["Edition:LockoutFailures"] = "2" });
        using var client = site.NewClient();
        using var other = site.NewClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, EditionSite.AliceEmail, "mauvais 1")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(other, EditionSite.AliceEmail, EditionSite.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, EditionSite.AliceEmail, "mauvais 2")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password)).StatusCode);
    }

    [Fact]
    public async Task Past_the_limit_per_address_a_sign_in_gets_a_429_in_french()
    {
        using var site = new EditionSite(new Dictionary<string, string?> { ["Edition:SignInPermitLimit"] = "4" });
        using var client = site.NewClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, $"essai{i}@exemple.org", "mauvais")).StatusCode);
        }

        var (refused, page) = await EditionSite.SignInPageAsync(client, EditionSite.AliceEmail, EditionSite.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith(SignInMessages.TooManyFromAddress, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Past_the_limit_per_account_a_sign_in_gets_a_429_whatever_the_password()
    {
        using var site = new EditionSite(new Dictionary<string, string?> { ["Edition:AccountPermitLimit"] = "2" });
        using var client = site.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, EditionSite.AliceEmail, "mauvais 1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await EditionSite.SignInAsync(client, "ALICE@exemple.org", "mauvais 2")).StatusCode);

        var (refused, page) = await EditionSite.SignInPageAsync(client, EditionSite.AliceEmail, EditionSite.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith(SignInMessages.TooManyForAccount, page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await EditionSite.SignInAsync(client, EditionSite.BobEmail, EditionSite.Password)).StatusCode);
    }
}
