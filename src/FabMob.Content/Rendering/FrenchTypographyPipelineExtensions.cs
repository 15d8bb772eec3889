using Markdig;

namespace FabMob.Content.Rendering;

/// <summary>Registers <see cref="FrenchTypographyExtension"/> on a Markdig pipeline.</summary>
public static class FrenchTypographyPipelineExtensions
{
    /// <summary>French no-break spaces before <c>; : ! ?</c> and inside <c>« »</c>, in literal text only.</summary>
    public static MarkdownPipelineBuilder UseFrenchTypography(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<FrenchTypographyExtension>();
        return pipeline;
    }
}
