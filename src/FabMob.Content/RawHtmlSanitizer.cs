using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content;

/// <summary>
/// Makes a parsed document safe to render while keeping what editors write (they are reviewed through
/// git): the raw HTML blocks and inline tags go through one <see cref="RawHtmlScanner"/> in document
/// order (so a <c>&lt;script&gt;</c> split across blocks is dropped whole, Markdown in between
/// included); Markdown links, images and autolinks to <c>javascript:</c> (and the like) lose their
/// address but keep their text; <c>{…}</c> attributes lose event handlers and script addresses.
/// Every change is reported as a <see cref="RawHtmlFinding"/>. Walks the document without recursion.
/// </summary>
internal static class RawHtmlSanitizer
{
    public static void Sanitize(MarkdownDocument document, ICollection<RawHtmlFinding>? findings)
    {
        var scanner = new RawHtmlScanner();
        var found = new List<(int Offset, string Message)>();
        HtmlBlock? lastRaw = null;
        var emptied = new List<LeafBlock>();
        foreach (var node in InDocumentOrder(document))
        {
            CheckAttributes(node, findings);
            switch (node)
            {
                case HtmlBlock block:
                {
                    var text = block.Lines.ToString();
                    var clean = scanner.Sanitize(text, found);
                    Report(findings, found, text, block.Line, block.Column);
                    if (clean != text)
                    {
                        if (clean.Trim().Length == 0)
                        {
                            block.Parent?.Remove(block);
                            break;
                        }

                        block.Lines = new StringLineGroup(clean);
                    }

                    lastRaw = block;
                    break;
                }

                case HtmlInline inline:
                {
                    var text = inline.Tag ?? "";
                    var clean = scanner.Sanitize(text, found);
                    Report(findings, found, text, inline.Line, inline.Column);
                    if (clean.Length == 0)
                    {
                        inline.Remove();
                    }
                    else if (clean != text)
                    {
                        inline.Tag = clean;
                    }

                    break;
                }

                case LinkInline link:
                    CheckLink(link, findings);
                    break;
                case AutolinkInline autolink when !scanner.IsDropping && UrlSafety.DangerousScheme(autolink.Url, false) is { } scheme:
                    findings?.Add(new RawHtmlFinding(autolink.Line, autolink.Column + 1,
                        $"adresse « {scheme}: » qui n'est pas un lien : gardée comme texte"));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                case LeafBlock { Inline: not null } paragraph:
                    // Its inlines are visited on their own; it may end up empty.
                    if (scanner.IsDropping)
                    {
                        emptied.Add(paragraph);
                    }

                    break;
                case ContainerBlock or ContainerInline:
                    // Their content is visited on its own.
                    break;
                case Block leaf when scanner.IsDropping:
                    leaf.Parent?.Remove(leaf);
                    break;
                case Inline leaf when scanner.IsDropping:
                    leaf.Remove();
                    break;
            }
        }

        foreach (var paragraph in emptied)
        {
            if (paragraph.Inline?.FirstChild is null)
            {
                paragraph.Parent?.Remove(paragraph);
            }
        }

        if (scanner.IsDropping)
        {
            findings?.Add(new RawHtmlFinding(lastRaw?.Line ?? 0, 1,
                $"HTML : <{scanner.OpenElement}> jamais fermé par </{scanner.OpenElement}> : tout ce qui le suit a été supprimé"));
        }
        else if (scanner.Closer is { } closer)
        {
            // Without it, the page's own footer would end up inside the comment or the element.
            findings?.Add(new RawHtmlFinding(lastRaw?.Line ?? 0, 1, $"HTML : commentaire ou élément jamais fermé : « {closer} » ajouté à la fin"));
            document.Add(new HtmlBlock(null!) { Lines = new StringLineGroup(closer) });
        }
    }

    /// <summary>Blocks, then the inlines of each leaf block, in the order they are written.</summary>
    private static List<MarkdownObject> InDocumentOrder(MarkdownDocument document)
    {
        var order = new List<MarkdownObject>();
        var pending = new Stack<MarkdownObject>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            order.Add(node);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return order;
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

    /// <summary>Turns offsets in a fragment into body lines and columns.</summary>
    private static void Report(ICollection<RawHtmlFinding>? findings, List<(int Offset, string Message)> found, string text,
        int line, int column)
    {
        foreach (var (offset, message) in found)
        {
            var before = text.AsSpan(0, Math.Min(offset, text.Length));
            var newlines = before.Count('\n');
            var lineStart = before.LastIndexOf('\n') + 1;
            findings?.Add(new RawHtmlFinding(line + newlines,
                newlines == 0 ? column + offset + 1 : offset - lineStart + 1, message));
        }

        found.Clear();
    }
}
