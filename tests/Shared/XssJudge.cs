using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FabMob.Tests.Shared;

/// <summary>
/// Decides whether rendered HTML could run script in some browser: read back by an HTML5 parser
/// (AngleSharp) with scripting on and off, as browsers read <c>&lt;noscript&gt;</c> either way, inside a page.
/// Counts as unsafe: a script element, an event handler, <c>srcdoc</c>, a script address (<c>javascript:</c>,
/// <c>vbscript:</c>, <c>data:</c> other than an image…) in any attribute, a frame not from <paramref name="embedHosts"/>,
/// plugins, <c>&lt;base&gt;</c>, <c>&lt;meta&gt;</c>, <c>&lt;link&gt;</c>, SVG animations and handlers, and CSS that
/// old browsers run (<c>expression</c>, <c>behavior</c>, <c>-moz-binding</c>, script addresses, escapes).
/// </summary>
internal static class XssJudge
{
    private static readonly string[] Banned =
    [
        "script", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "handler", "animate",
        "set", "animatemotion", "animatetransform", "animatecolor", "animation", "foreignobject", "xml", "isindex",
        "event-source", "param", "import", "vmlframe", "bgsound",
    ];

    /// <summary>In a style attribute, kept as written: a CSS escape could hide any of the others.</summary>
    private static readonly string[] DangerousCss = ["expression", "javascript", "vbscript", "behavior", "binding", "@import", "-o-link", "\\"];

    /// <summary>In a style sheet, written out again by the sanitiser's CSS parser (which writes escapes of its own in selectors).</summary>
    private static readonly string[] DangerousSheet = ["expression", "javascript", "vbscript", "behavior", "binding", "@import", "-o-link"];

    /// <summary>Attributes a browser follows, loads or runs as an address (others holding « javascript: » are text).</summary>
    private static readonly string[] AddressAttributes =
    [
        "href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "lowsrc", "dynsrc", "codebase",
        "cite", "longdesc", "usemap", "srcset", "content", "folder", "to", "values", "from", "by", "classid", "archive",
        "icon", "manifest", "ping", "profile", "datasrc", "code", "xml:base",
    ];

    /// <summary>Why <paramref name="html"/> could run script, or null when it cannot.</summary>
    public static string? Verdict(string html, IReadOnlyCollection<string> embedHosts)
    {
        foreach (var scripting in new[] { true, false })
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = scripting });
            var document = parser.ParseDocument("<!DOCTYPE html><html><body><main>" + html + "</main><footer>pied</footer></body></html>");
            foreach (var element in document.All)
            {
                if (Verdict(element, embedHosts) is { } reason)
                {
                    return $"{reason} (scripting {(scripting ? "on" : "off")}): {Short(element.OuterHtml)}";
                }
            }
        }

        return null;
    }

    private static string? Verdict(IElement element, IReadOnlyCollection<string> embedHosts)
    {
        var name = element.LocalName.ToLowerInvariant();
        if (Banned.Contains(name))
        {
            return $"element <{name}>";
        }

        if (name == "iframe")
        {
            var source = element.GetAttribute("src") ?? "";
            if (!Uri.TryCreate(source.Trim().StartsWith("//", StringComparison.Ordinal) ? "https:" + source.Trim() : source.Trim(),
                    UriKind.Absolute, out var uri) || uri.Scheme != "https" || !embedHosts.Contains(uri.Host))
            {
                return "frame from elsewhere";
            }
        }

        if (name == "style" && DangerousSheet.Any(token => element.TextContent.Contains(token, StringComparison.OrdinalIgnoreCase)))
        {
            return "style sheet that old browsers run";
        }

        foreach (var attribute in element.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            var value = new string(attribute.Value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
            if (attributeName.StartsWith("on", StringComparison.Ordinal) || attributeName == "srcdoc" || attributeName.EndsWith(":handler", StringComparison.Ordinal))
            {
                return $"attribute {attributeName}";
            }

            if (attributeName == "style")
            {
                if (DangerousCss.Any(token => value.Contains(token, StringComparison.Ordinal)))
                {
                    return "style that old browsers run";
                }

                continue;
            }

            if (AddressAttributes.Contains(attributeName) && (value.Contains("javascript:", StringComparison.Ordinal) || value.Contains("vbscript:", StringComparison.Ordinal) ||
                value.Contains("livescript:", StringComparison.Ordinal) || value.StartsWith("mhtml:", StringComparison.Ordinal) ||
                value.StartsWith("data:", StringComparison.Ordinal) && !(name is "img" && attributeName == "src" && value.StartsWith("data:image/", StringComparison.Ordinal))))
            {
                return $"script address in {attributeName}";
            }
        }

        return null;
    }

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
