using FabMob.Content.Addresses;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// The Markdown side of sanitising, on the parsed tree: links, images and autolinks to
/// <c>javascript:</c> (and the like) lose their address but keep their text; <c>{…}</c> attributes
/// lose event handlers and script addresses, and a <c>style</c> is reported. Raw HTML is left to
/// <see cref="RawHtmlSanitizer"/>, which sees the rendered page. Every change is reported.
/// </summary>
internal static class MarkdownAddressSanitizer
{
    /// <summary>Sanitises the tree in place; true when it holds raw HTML (blocks or inline tags).</summary>
    public static bool Sanitize(MarkdownDocument document, ICollection<RawHtmlFinding>? findings)
    {
        var hasRawHtml = false;
        foreach (var node in document.Descendants().ToList())
        {
            CheckAttributes(node, findings);
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    hasRawHtml = true;
                    break;
                case LinkInline link:
                    CheckLink(link, findings);
                    break;
                case AutolinkInline autolink when UrlSafety.DangerousScheme(autolink.Url, false) is { } scheme:
                    findings?.Add(new RawHtmlFinding(autolink.Line, autolink.Column + 1,
                        $"adresse « {scheme}: » qui n'est pas un lien : gardée comme texte"));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }

        return hasRawHtml;
    }

    /// <summary>A link or image to a script address keeps its text (an image, its description) and loses the address.</summary>
    private static void CheckLink(LinkInline link, ICollection<RawHtmlFinding>? findings)
    {
        if (link.Url is not { } url || UrlSafety.DangerousScheme(url, allowDataImage: link.IsImage) is not { } scheme)
        {
            return;
        }

        var shown = scheme == "&" ? "d'écriture ambiguë" : $"« {scheme}: »";
        findings?.Add(new RawHtmlFinding(link.Line, link.Column + 1,
            $"{(link.IsImage ? "image" : "lien")} d'adresse {shown} supprimé{(link.IsImage ? "e" : "")} : son texte est gardé"));
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>The <c>{…}</c> attributes of any element: no event handler, no script address; a style is reported.</summary>
    private static void CheckAttributes(MarkdownObject node, ICollection<RawHtmlFinding>? findings)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return;
        }

        for (var i = properties.Count - 1; i >= 0; i--)
        {
            var name = properties[i].Key.Trim().ToLowerInvariant();
            var value = properties[i].Value ?? "";
            string? reason = null;
            if (name.StartsWith("on", StringComparison.Ordinal) || name == "srcdoc")
            {
                reason = $"attribut « {name} » supprimé (pas de script dans le contenu)";
            }
            else if (name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "data" &&
                     UrlSafety.DangerousScheme(value, allowDataImage: false) is { } scheme)
            {
                reason = $"adresse « {scheme}: » supprimée de l'attribut « {name} »";
            }
            else if (name == "style")
            {
                findings?.Add(new RawHtmlFinding(node.Line, node.Column + 1,
                    "attribut « style » sans effet (la politique de sécurité du site bloque les styles en ligne ; utilisez une classe)"));
            }

            if (reason is not null)
            {
                findings?.Add(new RawHtmlFinding(node.Line, node.Column + 1, reason));
                properties.RemoveAt(i);
            }
        }
    }
}
