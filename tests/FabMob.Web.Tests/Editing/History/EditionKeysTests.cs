using System.Net;
using FabMob.Web.Editing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FabMob.Web.Tests.Editing.History;

/// <summary><c>Edition:KeysDirectory</c>: the keys that sign sessions survive a restart and are shared by instances.</summary>
public sealed class EditionKeysTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "fabmob-tests", "cles-" + Guid.NewGuid().ToString("N"));
    private readonly string _otherKeys = Path.Combine(Path.GetTempPath(), "fabmob-tests", "cles-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_session_opened_before_a_restart_is_still_valid_after_it_when_the_keys_folder_is_kept()
    {
        var cookie = await SignInOnAsync(_keys);
        Assert.NotEmpty(Directory.GetFiles(_keys, "key-*.xml"));

        // A new process (another host, another content copy) on the same keys folder.
        Assert.Equal(HttpStatusCode.OK, await DashboardWithAsync(_keys, cookie));
        // The same cookie where the keys are other ones: the session is not recognised.
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(_otherKeys, cookie));
    }

    private static async Task<string> SignInOnAsync(string keys)
    {
        using var site = new EditionSite(new Dictionary<string, string?> { ["Edition:KeysDirectory"] = keys });
        using var client = site.NewClient();
        var response = await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(EditionAuthentication.CookieName + "=", StringComparison.Ordinal)).Split(';')[0];
    }

    private static async Task<HttpStatusCode> DashboardWithAsync(string keys, string cookie)
    {
        using var site = new EditionSite(new Dictionary<string, string?> { ["Edition:KeysDirectory"] = keys });
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_edition");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _keys, _otherKeys }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
