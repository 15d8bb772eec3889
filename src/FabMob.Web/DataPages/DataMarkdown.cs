using System.Text.Encodings.Web;
using FabMob.Content;

namespace FabMob.Web.DataPages;

/// <summary>
/// Renders the Markdown of data fields (mission descriptions, introductions, home sections) with the
/// site's Markdown renderer: the same pipeline, sanitiser and link rules as pages. Links relative to
/// a data file resolve from the content root. Callers keep the result per snapshot.
/// </summary>
public sealed partial class DataMarkdown(MarkdownRenderer renderer, ILogger<DataMarkdown> logger)
{
    /// <summary>The HTML of <paramref name="markdown"/>; a text past the Markdown limits is shown as plain text (and logged).</summary>
    /// <param name="markdown">The Markdown as written.</param>
    /// <param name="links">Resolves relative links and pictures.</param>
    /// <param name="where">Where the text comes from, for the log (« ecosystème, mission dev-front »).</param>
    public string Render(string markdown, ILinkResolver links, string where)
    {
        try
        {
            return renderer.Render(renderer.Parse(markdown), links);
        }
        catch (MarkdownLimitException e)
        {
            LogTooComplex(where, e.Message);
            return "<p>" + HtmlEncoder.Default.Encode(markdown) + "</p>";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Where} : texte Markdown trop complexe, affiché comme texte brut ({Reason}).")]
    private partial void LogTooComplex(string where, string reason);
}
