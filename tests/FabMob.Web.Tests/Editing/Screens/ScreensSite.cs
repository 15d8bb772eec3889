using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FabMob.Content;
using FabMob.Web.Content;
using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;
using FabMob.Web.Tests.Publishing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Editing.Screens;

/// <summary>
/// The application serving a real git clone: <c>Fixtures/collections</c> is committed under <c>content/</c> in a
/// bare <c>origin.git</c>, cloned to <c>site/</c>; <c>Site:ContentPath</c> is <c>site/content</c> (so the editor's
/// paths carry the <c>content/</c> prefix). Two editor accounts; clients keep cookies and post the page's own forms.
/// </summary>
public sealed class ScreensSite : IDisposable
{
    public const string Genese = "content/blog/2015/genese.md";

    public ScreensSite(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "fabmob-tests", "screens-" + Guid.NewGuid().ToString("N"));
        Origin = Path.Combine(Root, "origin.git");
        Laptop = Path.Combine(Root, "laptop");
        Site = Path.Combine(Root, "site");
        Directory.CreateDirectory(Root);
        GitRepositories.Git(Root, "init", "--quiet", "--bare", "--initial-branch=main", Origin);
        GitRepositories.Git(Root, "clone", "--quiet", Origin, Laptop);
        GitRepositories.Git(Laptop, "checkout", "--quiet", "-B", "main");
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "collections");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Laptop, "content", Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        GitRepositories.Git(Laptop, "add", "-A");
        GitRepositories.Git(Laptop, "commit", "--quiet", "-m", "Contenu de départ");
        GitRepositories.Git(Laptop, "push", "--quiet", "-u", "origin", "main");
        GitRepositories.Git(Root, "clone", "--quiet", Origin, Site);

        var values = EditionSite.Accounts();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Factory = new SiteFactory(ContentRoot, "Production", values);
    }

    public string Root { get; }
    public string Origin { get; }
    public string Laptop { get; }
    public string Site { get; }
    public string ContentRoot => Path.Combine(Site, "content");
    public SiteFactory Factory { get; }

    public static string EditAddress(string repositoryPath) => $"{EditionViews.FilePath}?chemin={Uri.EscapeDataString(repositoryPath)}";

    public string SiteFile(string repositoryPath) => File.ReadAllText(Path.Combine(Site, repositoryPath));

    public HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    /// <summary>A client signed in as Alice Martin.</summary>
    public async Task<HttpClient> AliceAsync()
    {
        var client = NewClient();
        var response = await EditionSite.SignInAsync(client, EditionSite.AliceEmail, EditionSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public async Task<IDocument> PageAsync(HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var (response, page) = await Html.GetAsync(client, path);
        Assert.True(expected == response.StatusCode,
            $"{path} : {(int)response.StatusCode} au lieu de {(int)expected}\n" + string.Join("\n", Factory.Logs.Events
                .Where(e => e.Exception is not null).Select(e => e.Exception!.ToString())));
        return page;
    }

    /// <summary>
    /// Posts the article form of <paramref name="page"/> as a browser would (multipart, every field it holds, checked boxes
    /// only), with <paramref name="changes"/> applied (a null value unchecks or removes), to the form's action or
    /// <paramref name="action"/>, pressing the button whose <c>action</c> value is <paramref name="button"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IDocument page, string? button,
        IReadOnlyDictionary<string, string?>? changes = null, string? action = null, (string Name, byte[] Bytes)? file = null)
    {
        var form = (IHtmlFormElement)(page.QuerySelector("form.edition__article") ?? throw new InvalidOperationException("pas de formulaire d'article"));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case IHtmlInputElement { Type: "hidden" or "text" } input when input.Name is not null:
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is not null:
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }

        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        if (button is not null)
        {
            fields.Add(new("action", button));
        }

        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } picture)
        {
            var bytes = new ByteArrayContent(picture.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, "fichier", picture.Name);
        }

        return await client.PostAsync(new Uri(action ?? form.GetAttribute("action")!, UriKind.Relative), content);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) => Html.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>Waits (at most 20 s) until the site's current snapshot satisfies <paramref name="condition"/>.</summary>
    public async Task<ContentSnapshot> WaitForSnapshotAsync(Func<ContentSnapshot, bool> condition)
    {
        var host = Factory.Services.GetRequiredService<ContentSnapshotHost>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (condition(host.Current))
            {
                return host.Current;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"le site n'a pas vu le changement en 20 s (version {host.Current.Version})");
    }

    /// <summary>git in the bare remote (or a clone), trimmed stdout.</summary>
    public static string Git(string repository, params string[] arguments) => GitRepositories.Git(repository, arguments);

    /// <summary>A tiny valid PNG (1×1).</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public void Dispose()
    {
        Factory.Dispose();
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The OS temp folder is cleaned anyway.
        }
    }
}
