using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Lists;

/// <summary><c>check</c> and <c>export</c> know the redirect rules and the year archives.</summary>
public sealed class ListCommandsTests : IDisposable
{
    private readonly TempSite _content = ListsContent.Write();
    private readonly TempSite _output = TempSite.Empty();

    public void Dispose()
    {
        _content.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task Check_counts_links_answered_by_a_rule_or_a_year_as_existing()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await CheckCommand.RunAsync(ListsContent.Arguments(_content.Root), output, errors);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, status);
        Assert.Equal("", errors.ToString());
        var warning = Assert.Single(lines, line => line.Contains("n'existe pas", StringComparison.Ordinal));
        Assert.EndsWith(": /articles/disparu", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_without_the_rules_warns_about_the_old_addresses()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        await CheckCommand.RunAsync([$"--Site:ContentPath={_content.Root}"], output, errors);

        Assert.Contains(": /articles/genese", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(": /blog/mentors", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(output.ToString().Split('\n'), line => line.EndsWith(": /blog/année/2021", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_writes_the_rules_to_redirects_with_placeholders_and_fallback_pages_for_existing_targets()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await ExportCommand.RunAsync([_output.Root, .. ListsContent.Arguments(_content.Root)], output, errors);

        Assert.True(status == 0, errors.ToString());
        var lines = await File.ReadAllLinesAsync(_output.PathOf("_redirects"));
        const string Article = "/blog/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation";
        const string Raw = "Aller%20vers%20le%20covoiturage%20par%20l'exp%C3%A9rimentation";
        foreach (var expected in new[]
                 {
                     $"/articles/{Raw} {Article} 301",
                     $"/articles/aller-vers-le-covoiturage-par-l-exp%C3%A9rimentation {Article} 301",
                     $"/articles/articles/{Raw} {Article} 301",
                     "/histoire/genese /blog/genese 301",
                     "/blog/mentors /blog 301",
                     "/blog/home /blog 301",
                     "/blog/tag/v%C3%A9lo /%C3%A9tiquettes/v%C3%A9lo 301",
                     "/articles/:id /blog/:id 301",
                     "/articles/:category/:id /blog/:id 301",
                     "/blog/tag/:tag /%C3%A9tiquettes/:tag 301",
                 })
        {
            Assert.Contains(expected, lines);
        }

        // A static host cannot tell whether the target exists, and /blog/:id fits /:category/:id: no pattern line.
        Assert.DoesNotContain("/:category/:id /blog/:id 301", lines);
        Assert.True(Array.IndexOf(lines, "/blog/mentors /blog 301") < Array.IndexOf(lines, "/articles/:id /blog/:id 301"),
            "explicit lines come before the patterns");
        Assert.DoesNotContain(lines, line => line.Contains("brouillon", StringComparison.Ordinal) || line.Contains("futur", StringComparison.Ordinal));

        var fallback = await File.ReadAllTextAsync(_output.PathOf($"articles/{ListsContent.RawName}/index.html"));
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={Article}\">", fallback, StringComparison.Ordinal);
        Assert.Contains("url=/blog\"", await File.ReadAllTextAsync(_output.PathOf("blog/mentors/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("histoire/genese/index.html")));
        Assert.True(File.Exists(_output.PathOf("blog/tag/vélo/index.html")));
        Assert.Contains("Articles de 2021", await File.ReadAllTextAsync(_output.PathOf("blog/année/2021/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(_output.PathOf("blog/année/2021/page/2/index.html")));
        Assert.True(File.Exists(_output.PathOf("blog/page/3/index.html")));
        Assert.False(Directory.Exists(_output.PathOf("blog/page/4")));
        Assert.DoesNotContain("/blog/fiction", await File.ReadAllTextAsync(_output.PathOf("blog/feed.xml")), StringComparison.Ordinal);
    }
}
