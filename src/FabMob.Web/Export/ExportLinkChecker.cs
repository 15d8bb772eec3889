using AngleSharp.Html.Parser;
using FabMob.Content;

namespace FabMob.Web.Export;

/// <summary>A link of an exported page whose target the export does not hold.</summary>
internal sealed record BrokenLink(string Page, string Target);

/// <summary>
/// Reads the <c>href</c> and <c>src</c> site paths of exported HTML with the HTML5 parser (AngleSharp)
/// as each page is written, and lists at the end those whose target file is missing from the export.
/// Each distinct target is looked up on disk once.
/// </summary>
internal static class ExportLinkChecker
{

    /// <summary>The site paths <paramref name="html"/> links to, without query or fragment, once each.</summary>
    public static IReadOnlyList<string> TargetsOf(string html)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in new HtmlParser().ParseDocument(html).QuerySelectorAll("[href], [src]"))
        {
            foreach (var name in (ReadOnlySpan<string>)["href", "src"])
            {
                // Character references are already decoded by the parser.
                if (element.GetAttribute(name) is { } value && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) &&
                    value.Split('#', '?')[0] is { Length: > 0 } target)
                {
                    targets.Add(target);
                }
            }
        }

        return [.. targets];
    }

    /// <summary>The links of <paramref name="links"/> (page file → its targets) whose target is not in the export at <paramref name="root"/>.</summary>
    public static IReadOnlyList<BrokenLink> Check(string root, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> links)
    {
        var exists = new Dictionary<string, bool>(StringComparer.Ordinal);
        var broken = new List<BrokenLink>();
        foreach (var (page, targets) in links.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var target in targets)
            {
                if (!exists.TryGetValue(target, out var found))
                {
                    found = Exists(root, UrlPath.Decode(target));
                    exists[target] = found;
                }

                if (!found)
                {
                    broken.Add(new BrokenLink(page, target));
                }
            }
        }

        return broken;
    }

    private static bool Exists(string root, string path)
    {
        var relative = path.Trim('/');
        var full = Path.Combine(root, relative);
        return relative.Length == 0 ? File.Exists(Path.Combine(root, "index.html"))
            : File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }
}
