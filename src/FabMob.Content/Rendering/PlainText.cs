using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>Plain text of Markdown nodes, for titles, summaries and meta descriptions.</summary>
public static class PlainText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerInline container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return Collapse(text.ToString());
    }

    /// <summary>
    /// Words of a block's plain text (runs of non-space characters of <see cref="Of(LeafBlock)"/>),
    /// counted as it is walked: nothing is allocated.
    /// </summary>
    public static int CountWords(LeafBlock block)
    {
        if (block.Inline is null)
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        CountWords(block.Inline, ref count, ref inWord);
        return count;
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary to at most <paramref name="max"/> characters, with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var head = (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(' ', ',', ';', ':', '.', '-', '—', '(');
        return head + "…";
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    Append(child, text);
                    break;
            }
        }
    }

    private static void CountWords(ContainerInline container, ref int count, ref bool inWord)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    CountWords(literal.Content.AsSpan(), ref count, ref inWord);
                    break;
                case CodeInline code:
                    CountWords(code.Content, ref count, ref inWord);
                    break;
                case HtmlEntityInline entity:
                    CountWords(entity.Transcoded.AsSpan(), ref count, ref inWord);
                    break;
                case LineBreakInline:
                    inWord = false;
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    CountWords(child, ref count, ref inWord);
                    break;
            }
        }
    }

    private static void CountWords(ReadOnlySpan<char> text, ref int count, ref bool inWord)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                count++;
                inWord = true;
            }
        }
    }

    /// <summary>
    /// Runs of whitespace made one space, none at either end; characters <paramref name="drop"/>
    /// picks are left out.
    /// </summary>
    public static string Collapse(string text, Func<char, bool>? drop = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (drop?.Invoke(c) == true)
            {
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
