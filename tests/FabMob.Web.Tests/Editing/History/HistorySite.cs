using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Editing.Git;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>
/// The real application serving the site's clone of <see cref="EditorRepositories"/> (bare remote, site clone,
/// someone's laptop), with a data file <see cref="DataFile"/> shown by the page <c>/équipe</c> and the two accounts of
/// <see cref="EditionSite"/> (Alice: rédaction, Bob: administration). Clients keep cookies and follow no redirect.
/// </summary>
public sealed class HistorySite : IDisposable
{
    public const string DataFile = "_data/equipe.yaml";
    public const string DataText = "- nom: Alix\n  rôle: présidente\n";

    public HistorySite(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Repositories = new EditorRepositories();
        Repositories.PushFromLaptop(DataFile, DataText, "Équipe : première version");
        EditorRepositories.Git(Repositories.Site, "pull", "--quiet", "--ff-only");
        var values = EditionSite.Accounts();
        values["Site:DataPages:0:Path"] = "/équipe";
        values["Site:DataPages:0:Data"] = "equipe";
        values["Site:DataPages:0:View"] = "personnes";
        values["Site:DataPages:0:Title"] = "L'équipe";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Factory = new SiteFactory(Repositories.Site, "Production", values);
    }

    public EditorRepositories Repositories { get; }
    public SiteFactory Factory { get; }

    public HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = NewClient();
        var response = await EditionSite.SignInAsync(client, email, EditionSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string HistoryAddress(string path) => "/_edition/historique?chemin=" + Uri.EscapeDataString(path);

    public static string DataAddress(string path) => "/_edition/donnees?chemin=" + Uri.EscapeDataString(path);

    public static async Task<(HttpResponseMessage Response, IDocument Page)> PostPageAsync(HttpClient client, string path,
        IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await EditionSite.PostAsync(client, path, fields);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Saves the data file through its screen: opens it (token, blob), posts <paramref name="text"/>.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> SaveDataAsync(HttpClient client, string text, string path = DataFile)
    {
        var (opened, page) = await Html.GetAsync(client, DataAddress(path));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        return await PostPageAsync(client, "/_edition/donnees",
        [
            new("__jeton", EditionSite.TokenOf(page)),
            new("chemin", path),
            new("blob", page.QuerySelector("input[name=blob]")!.GetAttribute("value")!),
            new("texte", text),
        ]);
    }

    /// <summary>Everything a write could change: the clone's status, its HEAD, the remote's branch and every file's bytes.</summary>
    public string State()
    {
        var site = Repositories.Site;
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(site, f).StartsWith(".git", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(site, f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        return string.Join('\n', [
            "status:" + Repositories.SiteStatus(),
            "head:" + EditorRepositories.Git(site, "rev-parse", "HEAD"),
            "origin:" + EditorRepositories.Git(Repositories.Origin, "rev-parse", "main"),
            .. files,
        ]);
    }

    public void Dispose()
    {
        Factory.Dispose();
        Repositories.Dispose();
    }
}
