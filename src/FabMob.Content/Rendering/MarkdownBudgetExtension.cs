using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace FabMob.Content.Rendering;

/// <summary>Hooks <see cref="MarkdownBudget"/> into a pipeline: every block parser reports the leaf blocks it closes.</summary>
internal sealed class MarkdownBudgetExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // Nothing to render.
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock { ProcessInlines: true } leaf && MarkdownBudget.Of(processor.Context) is { } budget)
        {
            budget.Measure(leaf);
        }
    }
}
