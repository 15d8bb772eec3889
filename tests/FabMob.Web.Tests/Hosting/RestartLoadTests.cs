using System.Net;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Hosting;

/// <summary>
/// A restart on an unchanged tree takes every page from the page cache: it answers its first page without loading the
/// libraries only a render or the editor needs (the built app as its own process, its mapped files read in /proc).
/// </summary>
public sealed class RestartLoadTests : IDisposable
{
    /// <summary>
    /// The raw HTML sanitiser (its warm-up used to start with the content's first build) and its HTML and CSS parsers,
    /// the XML stack (Data Protection's key ring, read at start even with no editor account), PLINQ (the snapshot build
    /// used it: its generic code over the builder's own types was compiled at each start).
    /// </summary>
    private static readonly string[] NotNeeded =
        ["AngleSharp.dll", "AngleSharp.Css.dll", "HtmlSanitizer.dll", "System.Private.Xml.dll", "System.Linq.Parallel.dll"];

    private readonly TempSite _content = TempSite.FromFixture();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "fabmob-tests", "cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_restart_with_the_page_cache_answers_its_first_page_without_loading_the_html_sanitiser_the_xml_stack_or_plinq()
    {
        string[] arguments = [$"--Site:ContentPath={_content.Root}", $"--Site:CacheDirectory={_cache}"];
        using (var first = SiteProcess.Serve(arguments))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.WaitForAsync(Html.Encode("/à-propos"))).StatusCode);
            // Written 2 s after the first snapshot.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!(Directory.Exists(_cache) && Directory.GetFiles(_cache, "*.cache").Length > 0))
            {
                Assert.True(DateTime.UtcNow < deadline, "no page cache written:\n" + string.Join('\n', first.Output));
                await Task.Delay(100);
            }
        }

        using var restart = SiteProcess.Serve(arguments);
        Assert.Equal(HttpStatusCode.OK, (await restart.WaitForAsync(Html.Encode("/à-propos"))).StatusCode);
        var mapped = File.ReadAllLines($"/proc/{restart.Process.Id}/maps").Select(l => Path.GetFileName(l.Split(' ').Last())).ToHashSet();

        Assert.Contains(restart.Output, l => l.Contains(" 0 pages rendues", StringComparison.Ordinal));
        Assert.Contains("FabMob.Content.dll", mapped);
        foreach (var library in NotNeeded)
        {
            Assert.DoesNotContain(library, mapped);
        }
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }
}
