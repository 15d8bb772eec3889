using System.Text.Json;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// axe-core (the npm package of <c>tests/FabMob.Web.Tests/package.json</c>, installed by
/// <c>npm ci --prefix tests/FabMob.Web.Tests</c>) injected into a page and run on the WCAG 2.1 A and AA rules.
/// </summary>
public static class Axe
{
    /// <summary>The rule tags of WCAG 2.0 and 2.1, levels A and AA (what RGAA 4 follows).</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string Run = """
        async (tags) => {
          const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
          const shape = list => list.map(r => ({
            id: r.id,
            impact: r.impact,
            help: r.help,
            nodes: r.nodes.map(n => n.target.join(' ') + ' : ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
          }));
          return JSON.stringify({ version: axe.version, violations: shape(results.violations), incomplete: shape(results.incomplete),
            passes: results.passes.map(r => r.id) });
        }
        """;

    /// <summary>Where the package manager put axe-core.</summary>
    public static string ScriptPath
    {
        get
        {
            var path = Path.Combine(DesignSite.RepositoryRoot, "tests", "FabMob.Web.Tests", "node_modules", "axe-core", "axe.min.js");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"{path} is missing: install the test tools with `npm ci --prefix tests/FabMob.Web.Tests`.");
        }
    }

    /// <summary>Injects axe-core into <paramref name="page"/> and returns what it finds there.</summary>
    public static async Task<AxeReport> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        var json = await page.EvaluateAsync<string>(Run, WcagTags);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new AxeReport(root.GetProperty("version").GetString() ?? "", Read(root.GetProperty("violations")),
            Read(root.GetProperty("incomplete")), [.. root.GetProperty("passes").EnumerateArray().Select(id => id.GetString() ?? "")]);
    }

    private static List<AxeFinding> Read(JsonElement list) =>
    [
        .. list.EnumerateArray().Select(r => new AxeFinding(
            r.GetProperty("id").GetString() ?? "",
            r.GetProperty("impact").ValueKind == JsonValueKind.String ? r.GetProperty("impact").GetString() : null,
            r.GetProperty("help").GetString() ?? "",
            [.. r.GetProperty("nodes").EnumerateArray().Select(n => n.GetString() ?? "")])),
    ];
}
