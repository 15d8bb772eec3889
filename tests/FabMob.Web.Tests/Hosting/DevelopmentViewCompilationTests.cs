// Razor runtime compilation is referenced by Debug builds of the site only (see FabMob.Web.csproj).
#if DEBUG
using System.Diagnostics;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Hosting;

// ASPDEPR003: Razor runtime compilation (and so its options type) is obsolete in .NET 10; the site uses it in
// Development only (see DevelopmentViewCompilation), and these tests look at its options.
#pragma warning disable ASPDEPR003

/// <summary>
/// Views edited while the site runs: recompiled from their source in Development, never in Production.
/// The edits are made on a copy of <c>src/FabMob.Web/Views</c>, so tests running beside these see the real views.
/// </summary>
public sealed class DevelopmentViewCompilationTests(ITestOutputHelper output) : IDisposable
{
    private const string Marker = "<p id=\"vue-modifiee\">Vue modifiée pendant que le site tourne</p>";

    private static readonly System.Reflection.Assembly RuntimeCompilation = typeof(MvcRazorRuntimeCompilationOptions).Assembly;

    private readonly TempSite _content = TempSite.FromFixture();
    private readonly TempSite _project = CopyOfTheViews();

    [Fact]
    public async Task In_development_a_view_edited_while_the_site_runs_is_served_at_the_next_request()
    {
        using var factory = SiteOn("Development");
        var client = factory.CreateRawClient();
        Assert.DoesNotContain("vue-modifiee", await PageAsync(client), StringComparison.Ordinal);

        EditPageView();
        var stopwatch = Stopwatch.StartNew();
        var page = await PageAsync(client);
        var attempt = 0;
        for (; !page.Contains(Marker, StringComparison.Ordinal) && attempt < 100; attempt++)
        {
            // The file watcher tells the view compiler within a few milliseconds; a request may just precede it.
            await Task.Delay(100);
            page = await PageAsync(client);
        }

        Assert.Equal(RuntimeCompilation, factory.Services.GetRequiredService<IViewCompilerProvider>().GetType().Assembly);
        output.WriteLine($"edited view served after {stopwatch.ElapsedMilliseconds} ms, {attempt} request(s) before it (first compilation included)");
        Assert.Contains(Marker, page, StringComparison.Ordinal);
        Assert.Contains(">À propos</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_an_edited_view_is_not_picked_up()
    {
        // No response cache, so that a stale page could only come from the compiled view.
        using var factory = SiteOn("Production", new Dictionary<string, string?> { ["Site:ResponseCache"] = "false" });
        var client = factory.CreateRawClient();
        Assert.DoesNotContain("vue-modifiee", await PageAsync(client), StringComparison.Ordinal);

        EditPageView();
        await Task.Delay(1000);
        var page = await PageAsync(client);
        await Task.Delay(1000);
        page += await PageAsync(client);

        Assert.Contains(">À propos</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("vue-modifiee", page, StringComparison.Ordinal);
        Assert.NotEqual(RuntimeCompilation, factory.Services.GetRequiredService<IViewCompilerProvider>().GetType().Assembly);
    }

    [Fact]
    public void In_development_the_views_are_read_from_the_checkout_source_folder()
    {
        using var factory = new SiteFactory(_content.Root, "Development");

        var providers = factory.Services.GetRequiredService<IOptions<MvcRazorRuntimeCompilationOptions>>().Value.FileProviders;
        var source = Assert.IsType<PhysicalFileProvider>(Assert.Single(providers));
        var expected = Path.Combine(SiteProcess.RepositoryRoot().FullName, "src", "FabMob.Web") + Path.DirectorySeparatorChar;
        Assert.Equal(expected, source.Root);
        Assert.True(source.GetFileInfo("Views/Content/Page.cshtml").Exists);
    }

    public void Dispose()
    {
        _content.Dispose();
        _project.Dispose();
    }

    /// <summary>The site in <paramref name="environment"/>, its view sources (if it reads any) being the copy.</summary>
    private SiteFactory SiteOn(string environment, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(_content.Root, environment, settings, services => services.Configure<MvcRazorRuntimeCompilationOptions>(options =>
        {
            options.FileProviders.Clear();
            options.FileProviders.Add(new PhysicalFileProvider(_project.Root));
        }));

    private void EditPageView()
    {
        var view = _project.PathOf("Views/Content/Page.cshtml");
        var text = File.ReadAllText(view);
        File.WriteAllText(view, text.Replace("<article class=\"page\">", "<article class=\"page\">\n    " + Marker, StringComparison.Ordinal));
    }

    private static async Task<string> PageAsync(HttpClient client) =>
        await client.GetStringAsync(new Uri(Html.Encode("/à-propos"), UriKind.Relative));

    private static TempSite CopyOfTheViews()
    {
        var project = TempSite.Empty();
        var views = Path.Combine(SiteProcess.RepositoryRoot().FullName, "src", "FabMob.Web", "Views");
        foreach (var file in Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories))
        {
            project.Write(Path.Combine("Views", Path.GetRelativePath(views, file)), File.ReadAllText(file));
        }

        return project;
    }
}
#endif
