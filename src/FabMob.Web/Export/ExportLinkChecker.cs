using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using FabMob.Content;

namespace FabMob.Web.Export;

/// <summary>A link of an exported page whose target the export does not hold.</summary>
internal sealed record BrokenLink(string Page, string Target);

/// <summary>
/// Reads the <c>href</c> and <c>src</c> site paths of exported HTML with the HTML5 tokenizer (AngleSharp)
/// as each page is written, and lists at the end those whose target file is missing from the export.
/// Each distinct target is looked up on disk once.
/// </summary>
internal static class ExportLinkChecker
{
    /// <summary>The site paths <paramref name="html"/> links to, without query or fragment, once each.</summary>
    /// <remarks>
    /// The tags are read by AngleSharp's HTML5 tokenizer, as the parser reads them, without building a document:
    /// the tokenizer is switched to raw text after <c>script</c>, <c>style</c>, <c>title</c>, <c>textarea</c> and the
    /// like, as the parser's tree builder does, so markup inside them is not read as links; character references in
    /// attribute values are decoded. (A whole parse per page was 8 % of an export's CPU at 10,000 articles.)
    /// </remarks>
    public static IReadOnlyList<string> TargetsOf(string html)
    {
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipComments = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        var foreign = 0;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            if (tag.Type == HtmlTokenType.EndTag)
            {
                if (foreign > 0 && tag.Name is "svg" or "math")
                {
                    foreign--;
                }
            }
            else
            {
                foreach (var name in (ReadOnlySpan<string>)["href", "src"])
                {
                    if (tag.GetAttribute(name) is { } value && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal) &&
                        value.Split('#', '?')[0] is { Length: > 0 } target)
                    {
                        targets.Add(target);
                    }
                }

                if (tag.Name is "svg" or "math" && !tag.IsSelfClosing)
                {
                    foreign++;
                }
                else if (foreign == 0)
                {
                    tokenizer.State = TextModeAfter(tag.Name);
                }
            }

            tokenizer.IsAcceptingCharacterData = foreign > 0;
        }

        return [.. targets];
    }

    /// <summary>How the HTML5 tree builder has the tokenizer read what follows a start tag (outside SVG and MathML).</summary>
    private static HtmlParseMode TextModeAfter(string tag) => tag switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };

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
