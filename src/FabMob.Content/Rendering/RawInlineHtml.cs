using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Where raw HTML tags stand among a block's inlines, walked by hand rather than with Markdig's <c>Descendants</c>
/// iterator (a stack per call; most links and blocks hold no tag). Inline containers nest no deeper than
/// <see cref="ContentLimits.MaxMarkdownNesting"/> (checked at parse).
/// </summary>
internal static class RawInlineHtml
{
    /// <summary>Whether any raw HTML tag stands in <paramref name="container"/>, at any depth.</summary>
    public static bool Holds(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline || (inline is ContainerInline child && Holds(child)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every raw HTML tag in <paramref name="container"/>, at any depth, is a <see cref="PlainPhrasingTag"/>.</summary>
    public static bool OnlyPlainTags(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if ((inline is HtmlInline html && PlainPhrasingTag.Read(html.Tag) is null) ||
                (inline is ContainerInline child && !OnlyPlainTags(child)))
            {
                return false;
            }
        }

        return true;
    }
}
