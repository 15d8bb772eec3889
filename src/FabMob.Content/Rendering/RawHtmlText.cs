using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FabMob.Content.Rendering;

/// <summary>
/// The text of raw HTML written in Markdown, as a reader sees it: parsed by AngleSharp (the HTML5
/// parser the sanitiser runs on), without what the sanitiser removes with its content
/// (<see cref="RawHtmlSanitizer.RemovedWithContent"/>) nor what is no text to read (styles, frames,
/// form controls, drawings); entities decoded; block elements separating words; the text of
/// <c>&lt;h1&gt;</c>–<c>&lt;h6&gt;</c> set apart as headings when asked.
/// </summary>
internal static class RawHtmlText
{
    private const string Prefix = "<!DOCTYPE html><body>";

    /// <summary>Elements whose content is no text a reader reads.</summary>
    private static readonly FrozenSet<string> NotText = FrozenSet.Create(StringComparer.Ordinal,
        "style", "iframe", "textarea", "select", "svg", "math", "template", "noscript", "object", "script");

    /// <summary>Elements that end a run of words: their text never runs into the next (no « motmot »).</summary>
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "img", "input", "button", "label", "option",
        "h1", "h2", "h3", "h4", "h5", "h6");

    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>
    /// Appends the text of <paramref name="html"/> to <paramref name="text"/>; with <paramref name="headings"/>,
    /// the text of each heading element goes there instead (one entry each, whitespace collapsed).
    /// </summary>
    public static void Append(string html, StringBuilder text, List<string>? headings)
    {
        var parser = t_parser ??= new HtmlParser();
        var body = parser.ParseDocument(Prefix + html).Body;
        if (body is null)
        {
            return;
        }

        // Walked without recursion: raw HTML may nest elements as deep as it likes.
        var heading = new StringBuilder();
        IElement? inHeading = null;
        var pending = new Stack<(INode Node, bool Leaving)>();
        Push(pending, body.ChildNodes);
        while (pending.TryPop(out var entry))
        {
            var (node, leaving) = entry;
            var current = inHeading is null ? text : heading;
            if (node is IText textNode)
            {
                current.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.NamespaceUri == NamespaceNames.HtmlUri ? element.LocalName : "svg";
            if (leaving)
            {
                if (ReferenceEquals(element, inHeading))
                {
                    if (PlainText.Collapse(heading.ToString()) is { Length: > 0 } words)
                    {
                        headings!.Add(words);
                    }

                    heading.Clear();
                    inHeading = null;
                }

                current = inHeading is null ? text : heading;
                current.Append(' ');
                continue;
            }

            if (NotText.Contains(name) || RawHtmlSanitizer.RemovedWithContent.Contains(name))
            {
                continue;
            }

            if (headings is not null && inHeading is null && IsHeading(name))
            {
                inHeading = element;
            }

            if (Blocks.Contains(name))
            {
                current.Append(' ');
                pending.Push((element, true));
            }

            Push(pending, element.ChildNodes);
        }
    }

    private static void Push(Stack<(INode, bool)> pending, INodeList children)
    {
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], false));
        }
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';
}
