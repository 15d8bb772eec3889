using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Abbreviations;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Collects the <see cref="BodyText"/> of a rendered document in one walk of its Markdown tree:
/// headings apart, every other block (paragraphs, list items, quotes, table cells, code) in the
/// body, each block ending a run of words. Text as the page shows it: entities decoded, French
/// spacing (<see cref="FrenchTypography"/>) as the renderer sets it, link text without addresses,
/// images and footnote numbers left out, code kept as written. Raw HTML is read by AngleSharp
/// (<see cref="RawHtmlText"/>): an HTML block's text, or a block whose inlines hold HTML tags
/// rendered by the pipeline and read back, so a <c>&lt;script&gt;</c> is never text and a
/// <c>&lt;div&gt;</c>'s words are. A block whose tags are all <see cref="PlainPhrasingTag"/>s
/// (<c>&lt;br&gt;</c>, <c>&lt;abbr title="…"&gt;</c>…), which hold no text of their own, is read on the tree.
/// </summary>
internal static class BodyTextCollector
{
    /// <param name="document">A parsed document, rendered or not (its text is the same).</param>
    /// <param name="pipeline">The pipeline it was parsed with, to write blocks that hold HTML tags.</param>
    /// <param name="hasRawHtml">Whether the document holds raw HTML at all (known at parse), or its blocks need not be searched for it.</param>
    /// <param name="readsPlainTagsBack">Every block with tags is rendered and read back, plain tags too (as before; for tests).</param>
    public static BodyText Collect(MarkdownDocument document, MarkdownPipeline pipeline, bool hasRawHtml, bool readsPlainTagsBack = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var collector = new Collector(pipeline, hasRawHtml, readsPlainTagsBack);
        collector.Walk(document);
        return new BodyText(collector.Headings, collector.Body);
    }

    private sealed class Collector(MarkdownPipeline pipeline, bool hasRawHtml, bool readsPlainTagsBack) : IDisposable
    {
        private readonly List<Piece> _pieces = [];
        private StringWriter? _html;
        private HtmlRenderer? _renderer;

        public List<string> Headings { get; } = [];

        public StringBuilder Body { get; } = new();

        // Container blocks nest no deeper than ContentLimits.MaxMarkdownNesting (checked at parse).
        public void Walk(ContainerBlock container)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case ContainerBlock child:
                        Walk(child);
                        break;
                    case HtmlBlock html:
                        RawHtmlText.Append(html.Lines.ToString(), Body, Headings);
                        Body.Append(' ');
                        break;
                    case CodeBlock code:
                        Body.Append(code.Lines.ToString()).Append(' ');
                        break;
                    case HeadingBlock heading:
                        var text = new StringBuilder();
                        Leaf(heading, text);
                        if (PlainText.Collapse(text.ToString()) is { Length: > 0 } words)
                        {
                            Headings.Add(words);
                        }

                        Body.Append(' ');
                        break;
                    case LeafBlock { Inline: not null } leaf:
                        Leaf(leaf, Body);
                        Body.Append(' ');
                        break;
                }
            }
        }

        private void Leaf(LeafBlock leaf, StringBuilder text)
        {
            if (hasRawHtml && RawInlineHtml.Holds(leaf.Inline!) && (readsPlainTagsBack || !RawInlineHtml.OnlyPlainTags(leaf.Inline!)))
            {
                // Tags among the words: the pipeline writes the block as the page has it, AngleSharp reads it. Plain
                // phrasing tags (PlainPhrasingTag: <br>, <abbr title="…">…) hold no text of their own and are read below.
                RawHtmlText.Append(Rendered(leaf), text, headings: null);
                return;
            }

            _pieces.Clear();
            Inlines(leaf.Inline!, verbatim: false);
            for (var i = 0; i < _pieces.Count; i++)
            {
                var piece = _pieces[i];
                text.Append(piece.Typeset
                    ? FrenchTypography.Apply(piece.Text, i > 0 ? _pieces[i - 1].Last : null, i + 1 < _pieces.Count ? _pieces[i + 1].First : null)
                    : piece.Text);
            }
        }

        // The inline text of a block, in pieces: French spacing is set on literals knowing their neighbours,
        // as FrenchTypographyLiteralRenderer does (its neighbours: literals and line breaks).
        private void Inlines(ContainerInline container, bool verbatim)
        {
            // Raw <code>, <kbd>, <samp> tags left open before an inline among its siblings: French spacing is not set
            // after them, as FrenchTypographyLiteralRenderer does.
            var openCode = 0;
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        var content = literal.Content.ToString();
                        _pieces.Add(new Piece(content, !verbatim && openCode == 0, content.Length > 0 ? content[0] : null, content.Length > 0 ? content[^1] : null));
                        break;
                    case HtmlInline html when PlainPhrasingTag.Read(html.Tag) is { } tag:
                        // No text of its own; a line break separates words; no neighbouring character for French spacing.
                        _pieces.Add(new Piece(tag.Name == "br" ? " " : "", false, null, null));
                        if (tag.Name is "code" or "kbd" or "samp")
                        {
                            openCode = Math.Max(0, openCode + (tag.IsEndTag ? -1 : 1));
                        }

                        break;
                    case CodeInline code:
                        _pieces.Add(new Piece(code.Content, false, null, null));
                        break;
                    case HtmlEntityInline entity:
                        _pieces.Add(new Piece(entity.Transcoded.ToString(), false, null, null));
                        break;
                    case LineBreakInline:
                        _pieces.Add(new Piece(" ", false, '\n', '\n'));
                        break;
                    case AutolinkInline autolink:
                        _pieces.Add(new Piece(autolink.Url, false, null, null));
                        break;
                    case MathInline math:
                        _pieces.Add(new Piece(math.Content.ToString(), false, null, null));
                        break;
                    case AbbreviationInline abbreviation:
                        _pieces.Add(new Piece(abbreviation.Abbreviation.Label ?? "", false, null, null));
                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case LinkInline { IsAutoLink: true } link:
                        Inlines(link, verbatim: true);
                        break;
                    case ContainerInline child:
                        Inlines(child, verbatim || openCode > 0);
                        break;
                }
            }
        }

        // A block with HTML tags among its words, written as the page has it: one renderer for the document, set up once.
        private string Rendered(LeafBlock leaf)
        {
            if (_renderer is null)
            {
                _html = new StringWriter(CultureInfo.InvariantCulture);
                _renderer = new HtmlRenderer(_html);
                pipeline.Setup(_renderer);
            }

            _html!.GetStringBuilder().Clear();
            _renderer.WriteLeafInline(leaf);
            _renderer.Writer.Flush();
            return _html.ToString();
        }

        public void Dispose() => _html?.Dispose();
    }

    private readonly record struct Piece(string Text, bool Typeset, char? First, char? Last);
}
