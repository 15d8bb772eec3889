using System.Text.RegularExpressions;

namespace FabMob.Web.Export;

/// <summary>A link of an exported page whose target the export does not hold.</summary>
internal sealed record BrokenLink(string Page, string Target);

/// <summary>
/// Reads the <c>href</c> and <c>src</c> site paths of the exported HTML (the site's own output, attributes
/// always double-quoted) and lists those whose target file is missing from the export.
/// </summary>
internal static partial class ExportLinkChecker
{
    public static IReadOnlyList<BrokenLink> Check(string root)
    {
        var broken = new List<BrokenLink>();
        foreach (var file in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(root, file).Replace('\\', '/');
            foreach (Match match in SitePath().Matches(File.ReadAllText(file)))
            {
                var target = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Split('#', '?')[0];
                if (target.Length > 0 && !Exists(root, Decode(target)))
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

    private static string Decode(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path).Normalize();
        }
        catch (UriFormatException)
        {
            return path;
        }
    }

    [GeneratedRegex("(?:href|src)=\"(/(?!/)[^\"]*)\"")]
    private static partial Regex SitePath();
}
