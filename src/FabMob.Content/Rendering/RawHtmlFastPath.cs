using Markdig.Extensions.Alerts;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Decides, on the Markdown tree ready to render, whether a page with raw HTML may be written as Markdig renders it
/// without parsing the whole page (<see cref="RawHtmlSanitizer"/>): its raw HTML is only inline tags, each a
/// <see cref="PlainPhrasingTag"/>, every element opened in an inline container closed in that same container (so
/// within its paragraph, its link, its emphasis), and nothing of the Markdown around it is something the full
/// sanitiser would change (a link or image address it would drop, an attribute it would remove, an image Markdig
/// would turn into a player). Such a page parses, in a browser and in the sanitiser, into exactly the elements
/// written: the sanitiser would keep all of them as they are and report nothing. Anything else goes the full way.
/// </summary>
internal static class RawHtmlFastPath
{
    /// <summary>Schemes the full sanitiser keeps in an address (its policy's <c>AllowedSchemes</c>).</summary>
    private static readonly string[] KeptSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Attributes set through Markdig's attribute objects (<c>{…}</c>, images) that the policy keeps as written.</summary>
    private static readonly string[] KeptProperties = ["loading", "decoding"];

    /// <summary>True when the document can be written as Markdig renders it, its raw HTML unparsed.</summary>
    public static bool Accepts(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Blocks(document);
    }

    // Container blocks nest no deeper than ContentLimits.MaxMarkdownNesting (checked at parse).
    private static bool Blocks(ContainerBlock container)
    {
        if (!KeptAttributes(container))
        {
            return false;
        }

        foreach (var block in container)
        {
            switch (block)
            {
                // The icon of an alert (> [!NOTE]) is an SVG with an attribute the policy does not keep (version).
                case HtmlBlock or AlertBlock:
                    return false;
                case ContainerBlock child when !Blocks(child):
                    return false;
                case LeafBlock leaf when !KeptAttributes(leaf) || (leaf.Inline is { } inline && !Inlines(inline)):
                    return false;
            }
        }

        return true;
    }

    // Inline containers nest no deeper than ContentLimits.MaxMarkdownNesting (checked at parse). Each container keeps
    // its own list of open tags: a tag opened in a link or an emphasis is closed inside it, or the page goes the full way.
    private static bool Inlines(ContainerInline container)
    {
        List<string>? open = null;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (!KeptAttributes(inline))
            {
                return false;
            }

            switch (inline)
            {
                case HtmlInline html:
                    if (PlainPhrasingTag.Read(html.Tag) is not { } tag)
                    {
                        return false;
                    }

                    if (tag.IsEndTag)
                    {
                        if (open is not { Count: > 0 } || open[^1] != tag.Name)
                        {
                            return false;
                        }

                        open.RemoveAt(open.Count - 1);
                    }
                    else if (!tag.IsVoid)
                    {
                        (open ??= []).Add(tag.Name);
                    }

                    break;
                case AutolinkInline autolink when !KeptAddress(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    return false;
                case LinkInline link when !KeptLink(link):
                    return false;
                case ContainerInline child when !Inlines(child):
                    return false;
            }
        }

        return open is not { Count: > 0 };
    }

    private static bool KeptLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (url is null)
        {
            return true;
        }

        // An image at an absolute address may become an iframe, a video or an audio player (Markdig's media links).
        return KeptAddress(url) && !(link.IsImage && (url.StartsWith("//", StringComparison.Ordinal) || url.Contains(':', StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether the full sanitiser keeps the address as it is: no scheme (nothing but <c>/</c> or <c>#</c> may come
    /// before a colon, as HtmlSanitizer reads a scheme), or one of <see cref="KeptSchemes"/>; a numeric character
    /// reference that could spell a colon sends the page the full way.
    /// </summary>
    internal static bool KeptAddress(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            switch (url[i])
            {
                case '/' or '#':
                    return true;
                case '&' when i + 1 < url.Length && url[i + 1] == '#':
                    return false;
                case ':':
                    var scheme = url.AsSpan(0, i);
                    foreach (var kept in KeptSchemes)
                    {
                        if (scheme.Equals(kept, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }

                    return false;
            }
        }

        return true;
    }

    /// <summary>Markdig's own attributes on a node: any id and classes; other properties only from <see cref="KeptProperties"/>.</summary>
    private static bool KeptAttributes(MarkdownObject node)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
        {
            return true;
        }

        foreach (var property in properties)
        {
            if (Array.IndexOf(KeptProperties, property.Key) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
