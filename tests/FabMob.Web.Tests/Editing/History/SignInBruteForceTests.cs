using System.Net;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>A brute-force run over several accounts from one address, with the shipped limits.</summary>
public sealed class SignInBruteForceTests
{
    [Fact]
    public async Task A_run_of_wrong_passwords_over_several_accounts_meets_429s_and_even_the_right_password_then_gets_no_session()
    {
        // The shipped defaults: 10 sign-ins per address a minute, 5 per account, lockout after 5 failures.
        using var site = new EditionSite(new Dictionary<string, string?>
        {
            ["Edition:SignInPermitLimit"] = "10",
            ["Edition:AccountPermitLimit"] = "5",
            ["Edition:LockoutFailures"] = "5",
        });
        using var client = site.NewClient();
        var emails = new[] { EditionSite.AliceEmail, EditionSite.BobEmail, "inconnu@exemple.org", "admin@exemple.org" };
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 16; i++)
        {
            var response = await EditionSite.SignInAsync(client, emails[i % emails.Length], "essai " + i);
            statuses.Add(response.StatusCode);
            Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [],
                c => c.StartsWith(EditionAuthentication.CookieName + "=", StringComparison.Ordinal));
        }

        var right = await EditionSite.SignInAsync(client, EditionSite.BobEmail, EditionSite.Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10), statuses.Take(10));
        Assert.All(statuses.Skip(10), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.Contains("Retry-After"));
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var rightCookies) ? rightCookies : [],
            c => c.StartsWith(EditionAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/_edition", UriKind.Relative))).StatusCode);
        Assert.Contains("Trop de tentatives", Html.Parse(await right.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")?.TextContent ?? "",
            StringComparison.Ordinal);
    }
}
