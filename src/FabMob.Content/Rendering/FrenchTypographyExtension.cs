using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// French spacing of punctuation (<see cref="FrenchTypography"/>) on the literal text of a document,
/// at render time: never in code spans or blocks, raw HTML, link or image addresses, or the text of a
/// bare address made into a link. Registered with <see cref="FrenchTypographyPipelineExtensions.UseFrenchTypography"/>.
/// </summary>
public sealed class FrenchTypographyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Nothing to parse: the text is only set differently.
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new FrenchTypographyLiteralRenderer());
        }
    }
}
