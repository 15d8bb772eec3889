namespace FabMob.Content.Rendering;

/// <summary>
/// A Markdown body past one of the <see cref="ContentLimits"/> (nesting, markup density, table size):
/// the file is not published. The message is in French, for editors; the position is in the body
/// (line 0-based as Markdig counts, column 1-based).
/// </summary>
public sealed class MarkdownLimitException : InvalidOperationException
{
    public MarkdownLimitException()
    {
    }

    public MarkdownLimitException(string message)
        : base(message)
    {
    }

    public MarkdownLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MarkdownLimitException(string message, int bodyLine, int column)
        : base(message)
    {
        BodyLine = bodyLine;
        Column = column;
    }

    /// <summary>The line in the Markdown body (0-based), where the limit was passed.</summary>
    public int BodyLine { get; }

    /// <summary>The column (1-based).</summary>
    public int Column { get; } = 1;
}
