using System.Text;

namespace FabMob.Web.Search;

/// <summary>
/// Turns a text marked by FTS5's <c>highlight()</c> or <c>snippet()</c> into safe HTML: the engine
/// is given two private-use characters as markers (never found in indexed text, see
/// <see cref="PageText"/>), the text is HTML-escaped first, and only then are the markers replaced
/// by <c>&lt;mark&gt;</c> and <c>&lt;/mark&gt;</c>.
/// </summary>
public static class SearchHighlight
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    /// <summary>Whether the engine marked anything in <paramref name="marked"/>.</summary>
    public static bool HasMatch(string marked) => marked.Contains(Start, StringComparison.Ordinal);

    /// <summary>Escapes <paramref name="marked"/> and turns its markers into <c>mark</c> elements, always balanced.</summary>
    public static string ToHtml(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        foreach (var c in marked)
        {
            switch (c)
            {
                case Start when !open:
                    html.Append("<mark>");
                    open = true;
                    break;
                case End when open:
                    html.Append("</mark>");
                    open = false;
                    break;
                case Start or End:
                    break;
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    html.Append(c);
                    break;
            }
        }

        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }
}
