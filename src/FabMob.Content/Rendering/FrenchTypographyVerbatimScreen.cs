using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Tells, once per paragraph, whether any of its text may be left as written by <see cref="FrenchTypographyLiteralRenderer"/>:
/// only a paragraph that holds a bare address made into a link, or a raw tag whose name could be one of the code-like
/// elements (<c>code</c>, <c>pre</c>, <c>kbd</c>, <c>samp</c>, <c>script</c>, <c>style</c>, <c>textarea</c>), can. Most
/// paragraphs have neither, and then no literal of theirs needs the walk among its siblings' tags. The answer errs only
/// towards yes: a yes sends each literal to the exact reading, a no is certain.
/// </summary>
internal static class FrenchTypographyVerbatimScreen
{
    private static readonly string[] CodeLikeNames = ["code", "pre", "kbd", "samp", "script", "style", "textarea"];

    /// <summary>False when no literal of <paramref name="paragraph"/> (the root inline of a block) can be verbatim.</summary>
    // Inline containers nest no deeper than ContentLimits.MaxMarkdownNesting (checked at parse).
    public static bool MayHoldVerbatimText(ContainerInline paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        for (var inline = paragraph.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case HtmlInline html when MayBeCodeLikeTag(html.Tag):
                case LinkInline { IsAutoLink: true }:
                    return true;
                case ContainerInline child when MayHoldVerbatimText(child):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the ASCII letters after <c>&lt;</c> or <c>&lt;/</c> spell a code-like element's name, in any case. The HTML
    /// tokenizer (<see cref="InlineHtmlTag"/>) starts a tag's name with those letters and lowers only ASCII capitals, so
    /// a tag whose letters spell no such name is never one of them.
    /// </summary>
    internal static bool MayBeCodeLikeTag(string? tag)
    {
        if (tag is null || tag.Length < 2 || tag[0] != '<')
        {
            return false;
        }

        var start = tag[1] == '/' ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetter(tag[end]))
        {
            end++;
        }

        var name = tag.AsSpan(start, end - start);
        foreach (var codeLike in CodeLikeNames)
        {
            if (name.Equals(codeLike, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
