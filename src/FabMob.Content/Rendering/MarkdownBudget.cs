using System.Globalization;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Bounds the work Markdig does on one body (see <see cref="ContentLimits"/>). Block parsing is
/// linear; inline parsing is not on dense markup, so each paragraph, heading and table is measured
/// when its block closes, before any inline is parsed. Once a limit is passed, no further inline is
/// parsed and <see cref="ThrowIfExceeded"/> rejects the body. After parsing, <see cref="CheckNesting"/>
/// measures the depth of the document without recursion, before anything walks it recursively
/// (Markdig's renderer, plain-text extraction).
/// </summary>
internal sealed class MarkdownBudget(ContentLimits limits)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private long _fileMarkup;
    private MarkdownLimitException? _exceeded;

    /// <summary>The budget of the parse that <paramref name="context"/> belongs to, if any.</summary>
    public static MarkdownBudget? Of(MarkdownParserContext? context) =>
        context is not null && context.Properties.TryGetValue(typeof(MarkdownBudget), out var value) ? value as MarkdownBudget : null;

    public MarkdownParserContext NewContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(MarkdownBudget)] = this;
        return context;
    }

    /// <summary>Measures a leaf block whose inlines are about to be parsed; past a limit, no more inlines are.</summary>
    public void Measure(LeafBlock leaf)
    {
        if (_exceeded is not null)
        {
            leaf.ProcessInlines = false;
            return;
        }

        long markup = 0;
        var longest = 0;
        var widest = 0;
        var lines = leaf.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines.Lines[i].Slice.AsSpan();
            longest = Math.Max(longest, text.Length);
            var pipes = 0;
            foreach (var c in text)
            {
                switch (c)
                {
                    case '*' or '_' or '~' or '`' or '[' or ']' or '^' or '=' or '+' or '$':
                        markup++;
                        break;
                    case '|':
                        pipes++;
                        break;
                }
            }

            widest = Math.Max(widest, pipes);
        }

        _fileMarkup += markup;
        var what = leaf is HeadingBlock ? "titre" : "paragraphe";
        if (markup > limits.MaxParagraphMarkup)
        {
            Exceed(leaf, $"{what} trop chargé en mise en forme : {N(markup)} caractères * _ ~ ` [ ] ^ = + $ " +
                $"(au plus {N(limits.MaxParagraphMarkup)} par paragraphe) ; coupez-le en paragraphes plus courts");
        }
        else if (markup * longest > limits.MaxParagraphMarkupWork)
        {
            Exceed(leaf, $"{what} trop lourd à mettre en forme : {N(markup)} caractères de mise en forme avec une ligne de " +
                $"{N(longest)} caractères ; allez à la ligne plus souvent ou coupez-le en paragraphes plus courts");
        }
        else if ((long)widest * lines.Count > limits.MaxTableCells)
        {
            Exceed(leaf, $"tableau trop grand : {N(widest)} colonnes sur {N(lines.Count)} lignes " +
                $"(au plus {N(limits.MaxTableCells)} cases) ; coupez-le en plusieurs tableaux");
        }
        else if (_fileMarkup > limits.MaxFileMarkup)
        {
            Exceed(leaf, $"fichier trop chargé en mise en forme : plus de {N(limits.MaxFileMarkup)} caractères " +
                "* _ ~ ` [ ] ^ = + $ en tout ; coupez-le en plusieurs pages");
        }
    }

    /// <summary>Rejects the body if a limit was passed while parsing.</summary>
    public void ThrowIfExceeded()
    {
        if (_exceeded is not null)
        {
            throw _exceeded;
        }
    }

    /// <summary>Refuses a document nested deeper than the limit, without recursion.</summary>
    public static void CheckNesting(MarkdownDocument document, int limit)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit)
            {
                throw new MarkdownLimitException(
                    $"Markdown trop imbriqué : plus de {limit} niveaux (citations, listes, emphases ou liens les uns dans les autres)",
                    node.Line, node.Column + 1);
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }
    }

    private void Exceed(LeafBlock leaf, string message)
    {
        leaf.ProcessInlines = false;
        _exceeded = new MarkdownLimitException("Markdown trop complexe : " + message, leaf.Line, leaf.Column + 1);
    }

    private static string N(long value) => value.ToString("N0", French);
}
