using System.Net;
using AngleSharp.Dom;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FabMob.Web.Tests.Editing;

/// <summary>
/// The application on a copy of <c>Fixtures/collections</c> with two editor accounts (unless told otherwise),
/// and clients that keep cookies and post forms with the antiforgery token of the page they came from.
/// </summary>
public sealed class EditionSite : IDisposable
{
    public const string AliceEmail = "alice@exemple.org";
    public const string BobEmail = "bob@exemple.org";
    public const string Password = "un mot de passe assez long";

    /// <summary>One hash for the whole run: PBKDF2 is slow on purpose.</summary>
    public static readonly string PasswordHash = PasswordHashes.Hash(Password);

    /// <summary>
    /// Alice (rédaction) and Bob (administration), both with <see cref="Password"/>, and limits high enough that the
    /// tests sharing a site never trip them (a test of the limits sets its own).
    /// </summary>
    public static Dictionary<string, string?> Accounts() => new()
    {
        ["Edition:Accounts:0:Name"] = "Alice Martin",
        ["Edition:Accounts:0:Email"] = AliceEmail,
        ["Edition:Accounts:0:Role"] = EditorRoles.Redaction,
        ["Edition:Accounts:0:PasswordHash"] = PasswordHash,
        ["Edition:Accounts:1:Name"] = "Bob Durand",
        ["Edition:Accounts:1:Email"] = BobEmail,
        ["Edition:Accounts:1:Role"] = EditorRoles.Administration,
        ["Edition:Accounts:1:PasswordHash"] = PasswordHash,
        ["Edition:SignInPermitLimit"] = "1000",
        ["Edition:AccountPermitLimit"] = "1000",
        ["Edition:LockoutFailures"] = "1000",
    };

    public EditionSite(IReadOnlyDictionary<string, string?>? settings = null, bool withAccounts = true, string environment = "Production")
    {
        Content = TempSite.FromFixture("collections");
        var values = withAccounts ? Accounts() : new Dictionary<string, string?>();

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Factory = new SiteFactory(Content.Root, environment, values);
    }

    public TempSite Content { get; }
    public SiteFactory Factory { get; }

    /// <summary>A browser of its own: its own cookies, no redirect followed.</summary>
    public HttpClient NewClient(bool https = false) => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
    });

    /// <summary>The antiforgery token of the first form of <paramref name="page"/>.</summary>
    public static string TokenOf(IDocument page) =>
        page.QuerySelector("form input[name=__jeton]")?.GetAttribute("value") ?? throw new InvalidOperationException("pas de jeton dans la page");

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var (response, page) = await Html.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return TokenOf(page);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Opens the sign-in page, then posts its form with <paramref name="email"/> and <paramref name="password"/>.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await TokenAsync(client, EditionViews.SignInPath);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__jeton", token),
            new("email", email),
            new("motDePasse", password),
        };
        if (returnUrl is not null)
        {
            fields.Add(new("retour", returnUrl));
        }

        return await PostAsync(client, EditionViews.SignInPath, fields);
    }

    public static async Task<(HttpResponseMessage Response, IDocument Page)> SignInPageAsync(HttpClient client, string email, string password)
    {
        var response = await SignInAsync(client, email, password);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}
