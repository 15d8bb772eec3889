using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests;

/// <summary>The running site follows the content tree without a restart.</summary>
public sealed class ContentReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempSite _content = TempSite.FromFixture();
    private readonly SiteFactory _factory;
    private readonly HttpClient _client;

    public ContentReloadTests()
    {
        _factory = new SiteFactory(_content.Root);
        _client = _factory.CreateRawClient();
    }

    [Fact]
    public async Task A_new_page_an_edit_and_a_deletion_are_served_without_restart()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri("/nouvelle", UriKind.Relative))).StatusCode);

        _content.Write("nouvelle.md", "---\ntitre: Nouvelle page\n---\n\nPremière version.\n");
        await EventuallyAsync("/nouvelle", body => body.Contains("Première version.", StringComparison.Ordinal));

        _content.Write("nouvelle.md", "---\ntitre: Nouvelle page\n---\n\nSeconde version.\n");
        await EventuallyAsync("/nouvelle", body => body.Contains("Seconde version.", StringComparison.Ordinal));

        File.Delete(_content.PathOf("nouvelle.md"));
        await EventuallyAsync("/nouvelle", body => body.Contains("Page introuvable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_renamed_file_moves_its_page_to_the_new_address()
    {
        _content.Write("avant.md", "---\ntitre: Avant\n---\n\nTexte déplacé.\n");
        await EventuallyAsync("/avant", body => body.Contains("Texte déplacé.", StringComparison.Ordinal));

        File.Move(_content.PathOf("avant.md"), _content.PathOf("après.md"));

        await EventuallyAsync("/apr%C3%A8s", body => body.Contains("Texte déplacé.", StringComparison.Ordinal));
        await EventuallyAsync("/avant", body => body.Contains("Page introuvable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_breaks_keeps_its_last_good_version_and_the_error_is_logged()
    {
        _content.Write("windows.md", "---\ntitle: [toujours pas fermé\n---\n\nVersion cassée.\n");
        await EventuallyAsync("/", _ => _factory.Logs.Entries.Any(e =>
            e.Message.Contains("windows.md:3:", StringComparison.Ordinal) && e.Message.Contains("YAML invalide", StringComparison.Ordinal)));

        var (response, page) = await Html.GetAsync(_client, "/windows");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Page Windows", page.QuerySelector("main h1")?.TextContent);
        Assert.DoesNotContain("Version cassée", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task EventuallyAsync(string path, Func<string, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        string body;
        do
        {
            body = await (await _client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();
            if (condition(body))
            {
                return;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"{path} did not reach the expected state within {Patience.TotalSeconds} s; last body: {body[..Math.Min(body.Length, 300)]}");
    }

    public void Dispose()
    {
        _factory.Dispose();
        _content.Dispose();
    }
}
