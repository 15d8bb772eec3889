using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FabMob.Web.Tests.Browser;

/// <summary>
/// axe-core, from the NuGet package Deque.AxeCore.Playwright (no npm step), injected into a page and run on
/// the WCAG 2.1 A and AA rules.
/// </summary>
public static class Axe
{
    /// <summary>The rule tags of WCAG 2.0 and 2.1, levels A and AA (what RGAA 4 follows).</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>Injects axe-core into <paramref name="page"/> and returns what it finds there.</summary>
    public static async Task<AxeReport> CheckAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations, ResultType.Incomplete],
        });
        return new AxeReport(result.TestEngine?.Version ?? "", Read(result.Violations), Read(result.Incomplete),
            [.. result.Passes.Select(rule => rule.Id)]);
    }

    private static List<AxeFinding> Read(IEnumerable<AxeResultItem> rules) =>
    [
        .. rules.Select(rule => new AxeFinding(rule.Id, rule.Impact, rule.Help,
            [.. rule.Nodes.Select(node => $"{node.Target} : {Summary(node)}")])),
    ];

    /// <summary>What axe says about one element: the messages of its failed checks.</summary>
    private static string Summary(AxeResultNode node) =>
        string.Join(" ; ", new[] { node.All, node.None, node.Any }
            .SelectMany(checks => checks ?? [])
            .Select(check => check.Message)
            .Where(message => !string.IsNullOrWhiteSpace(message)));
}
