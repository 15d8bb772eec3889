using System.Text;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Renders HTML blocks and inline tags as Markdig does (as written), recording in a <see cref="RawHtmlMap"/>
/// where each of their lines lands in the output. Installed on a renderer that writes to a
/// <see cref="StringBuilder"/>, whose length is the offset.
/// </summary>
internal static class RawHtmlRenderers
{
    /// <summary>Replaces the renderer's HTML block and inline renderers with recording ones.</summary>
    public static void Install(HtmlRenderer renderer, StringBuilder output, RawHtmlMap map)
    {
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new Block(output, map));
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new Inline(output, map));
    }

    private sealed class Block(StringBuilder output, RawHtmlMap map) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                renderer.WriteLeafRawLines(obj, true, true, true);
                return;
            }

            var lines = obj.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines.Lines[i];
                renderer.Writer.Flush();
                map.Add(output.Length, line.Slice.Length, line.Line, line.Column);
                renderer.Write(ref line.Slice);
                renderer.WriteLine();
            }
        }
    }

    private sealed class Inline(StringBuilder output, RawHtmlMap map) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            if (!renderer.EnableHtmlForInline || obj.Tag is not { } tag)
            {
                return;
            }

            renderer.Writer.Flush();
            var start = output.Length;
            var newline = tag.IndexOf('\n', StringComparison.Ordinal);
            if (newline < 0)
            {
                map.Add(start, tag.Length, obj.Line, obj.Column);
            }
            else
            {
                // A tag over several lines of a paragraph: its later lines start at column 0.
                map.Add(start, newline + 1, obj.Line, obj.Column);
                var line = obj.Line;
                while (newline >= 0)
                {
                    var next = tag.IndexOf('\n', newline + 1);
                    var end = next < 0 ? tag.Length : next + 1;
                    map.Add(start + newline + 1, end - newline - 1, ++line, 0);
                    newline = next;
                }
            }

            renderer.Write(tag);
        }
    }
}
