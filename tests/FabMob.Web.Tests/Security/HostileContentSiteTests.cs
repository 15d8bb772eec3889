using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using FabMob.Web.Commands;
using FabMob.Web.Content;
using FabMob.Tests.Shared;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Security;

public sealed class HostileContentSiteTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_hostile_tree_loads_every_refused_file_is_named_in_french_in_the_log_and_in_check_and_the_rest_is_served()
    {
        _content.Write("index.md", "---\ntitre: Accueil\n---\nLa page saine.\n");
        HostileFiles.Write(_content.Root);
        var started = Stopwatch.StartNew();
        using var factory = new SiteFactory(_content.Root);
        var client = factory.CreateClient();

        var (home, page) = await Html.GetAsync(client, "/");
        var loaded = started.Elapsed;
        var snapshot = factory.Services.GetRequiredService<ContentSnapshotHost>().Current;
        output.WriteLine($"hostile tree: built in {snapshot.BuildTime.TotalMilliseconds:0} ms (site up and first page in {loaded.TotalMilliseconds:0} ms), " +
            $"{snapshot.ErrorCount} files refused, {snapshot.Pages.Count} pages served");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("La page saine.", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        // The 100,000-line page (4 MB of legitimate text) is published; its 5 MB of HTML are not fetched here, since the
        // response cache compresses a page at its first request, which takes long on a busy test machine.
        Assert.True(snapshot.PagesByUrl.ContainsKey("/cent-mille-lignes"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/vide", UriKind.Relative))).StatusCode);
        // Generous: the limits make it a matter of seconds; minutes would mean a limit failed.
        Assert.True(snapshot.BuildTime < TimeSpan.FromSeconds(60), $"build took {snapshot.BuildTime}");

        var errors = factory.Logs.Entries.Where(e => e.Message.StartsWith("Fichier de contenu en erreur : ", StringComparison.Ordinal)).ToList();
        var (status, lines) = await CheckAsync();
        foreach (var (file, message) in HostileFiles.Expected)
        {
            Assert.Contains(errors, e => e.Message.Contains($" : {file}:", StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal));
            Assert.Contains(lines, line => line.StartsWith(file + ":", StringComparison.Ordinal) && line.Contains(": erreur: ", StringComparison.Ordinal) &&
                                           line.Contains(message, StringComparison.Ordinal));
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                var url = "/" + Uri.EscapeDataString(file[..^3]);
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
            }
        }

        Assert.Equal(1, status);
    }

    [Fact]
    public async Task Raw_html_from_editors_reaches_the_browser_without_script_and_check_names_each_removal()
    {
        using var site = TempSite.FromFixture("hostile-html");
        using var factory = new SiteFactory(site.Root);

        var (response, document) = await Html.GetAsync(factory.CreateClient(), "/piégé");
        var main = document.QuerySelector("main")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNoScript(document);
        Assert.Contains("Texte d'introduction, gardé.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fin de la page.", main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("div.encadre img[src='/images/logo.png'][alt='Logo']"));
        Assert.NotNull(main.QuerySelector("iframe[src='https://www.youtube-nocookie.com/embed/xyz']"));
        Assert.Single(main.QuerySelectorAll("iframe"));
        Assert.Contains("un lien piégé", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lien Markdown", main.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("coupé en deux blocs", main.TextContent, StringComparison.Ordinal);

        var (status, lines) = await CheckAsync(site.Root);
        var warnings = lines.Where(line => line.StartsWith("piégé.md:", StringComparison.Ordinal)).ToList();
        output.WriteLine(string.Join('\n', warnings));
        Assert.Equal(0, status);
        Assert.All(warnings, line => Assert.Contains(": avertissement: ", line, StringComparison.Ordinal));
        Assert.Contains("piégé.md:7:1: avertissement: HTML : élément <script> supprimé avec son contenu (pas de script dans le contenu)", warnings);
        Assert.Contains("piégé.md:8:40: avertissement: HTML : attribut « onerror » supprimé de <img> (pas de script dans le contenu)", warnings);
        Assert.Contains(warnings, line => line.StartsWith("piégé.md:11:1:", StringComparison.Ordinal) && line.Contains("<iframe>", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.StartsWith("piégé.md:27:1:", StringComparison.Ordinal) && line.Contains("lien d'adresse « javascript: »", StringComparison.Ordinal));
        Assert.Contains(warnings, line => line.Contains("attribut « style »", StringComparison.Ordinal));
        Assert.True(warnings.Count >= 14, string.Join('\n', warnings));
    }

    /// <summary>What a browser would run: script elements, event handler attributes, script addresses.</summary>
    internal static void AssertNoScript(IDocument document)
    {
        Assert.All(document.QuerySelectorAll("script"), script =>
            Assert.True(script.GetAttribute("type") == "application/ld+json" || script.GetAttribute("src")?.StartsWith('/') == true, script.OuterHtml));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), element.OuterHtml);
                Assert.NotEqual("srcdoc", attribute.Name);
                var value = new string(attribute.Value.Where(c => c > ' ').ToArray());
                Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), element.OuterHtml);
                Assert.False(value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase), element.OuterHtml);
            }
        }

        Assert.All(document.QuerySelectorAll("iframe"), frame =>
            Assert.StartsWith("https://www.youtube-nocookie.com/", frame.GetAttribute("src"), StringComparison.Ordinal));
    }

    private async Task<(int Status, string[] Lines)> CheckAsync(string? root = null)
    {
        using var writer = new StringWriter();
        using var errors = new StringWriter();
        var status = await CheckCommand.RunAsync([$"--Site:ContentPath={root ?? _content.Root}"], writer, errors);
        return (status, writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
