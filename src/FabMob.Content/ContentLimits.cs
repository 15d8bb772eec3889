namespace FabMob.Content;

/// <summary>
/// Bounds that keep one hostile or broken file from exhausting the server. A file past a limit
/// is rejected with an error naming it; the rest of the site is served. Every limit is documented
/// for editors in <c>docs/securite.md</c>.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>Largest Markdown or data file read, in bytes (4 MiB).</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most YAML nodes read from one front matter or data file, aliases counted as expanded.</summary>
    public int MaxYamlNodes { get; init; } = 100_000;

    /// <summary>Deepest nesting of YAML lists and maps.</summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>
    /// Deepest nesting of Markdown elements in the parsed document (quotes, lists, emphasis, links…),
    /// counted from the document down to the innermost text. Checked before anything walks the
    /// document recursively, and well below Markdig's own rendering limit (128), so that rendering
    /// never fails. Real pages stay under 20.
    /// </summary>
    public int MaxMarkdownNesting { get; init; } = 64;

    /// <summary>
    /// Most inline markup characters (<c>* _ ~ ` [ ] ^ = + $</c>) in one paragraph, heading or table:
    /// Markdig's inline parsing costs more than linear time on dense markup (unclosed links and
    /// brackets), so the cost of one paragraph is bounded. Code blocks and raw HTML do not count.
    /// </summary>
    public int MaxParagraphMarkup { get; init; } = 2_000;

    /// <summary>
    /// Most markup characters of one paragraph times its longest line: an unclosed link scans to the
    /// end of its line, so many of them before a very long line cost their product.
    /// </summary>
    public long MaxParagraphMarkupWork { get; init; } = 5_000_000;

    /// <summary>Most inline markup characters in one file, all paragraphs together.</summary>
    public int MaxFileMarkup { get; init; } = 200_000;

    /// <summary>
    /// Most cells of one table, columns (<c>|</c> on its widest line) times lines: Markdig pads every row
    /// to the header's width, so a wide header over many lines would cost their product.
    /// </summary>
    public int MaxTableCells { get; init; } = 50_000;
}
