using System.Collections.Frozen;
using System.Net;
using System.Text;
using FabMob.Content;

namespace FabMob.Web.Search;

/// <summary>
/// The text of a page as search indexes it, in four parts ranked apart: the title, the headings
/// of the body, the subjects (tags, categories, authors) and the rest of the body, read from the
/// rendered HTML (tags removed, entities decoded, scripts and styles skipped, block elements
/// separating words). Markers of <see cref="SearchHighlight"/> never survive, so indexed text
/// cannot fake a highlight.
/// </summary>
public sealed record PageText(string Title, string Headings, string Subjects, string Body)
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "template", "noscript", "svg", "math", "iframe", "object", "textarea", "select");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
        "figure", "footer", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "img", "input", "button", "label", "option");

    public static PageText Of(ContentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var (headings, body) = Split(page.Html);
        var title = Tidy(page.Title);

        // A body that opens with the title as its own heading does not repeat it among the headings.
        if (headings.Count > 0 && string.Equals(headings[0], title, StringComparison.Ordinal))
        {
            headings.RemoveAt(0);
        }

        var subjects = page.FrontMatter.Tags.Concat(page.FrontMatter.Categories).Concat(page.FrontMatter.Authors).Select(Tidy);

        // A description or summary written in the front matter is searched with the body, unless the body already says it.
        var lead = new[] { page.FrontMatter.Description, page.FrontMatter.Summary }
            .Where(text => !string.IsNullOrWhiteSpace(text))
            .Select(text => Tidy(text!))
            .Distinct(StringComparer.Ordinal)
            .Where(text => !body.Contains(text, StringComparison.Ordinal));
        return new PageText(title, string.Join(" · ", headings), string.Join(" · ", subjects),
            string.Join(' ', lead.Append(body)).Trim());
    }

    /// <summary>The headings (h1–h6) of <paramref name="html"/> and the text outside them.</summary>
    public static (List<string> Headings, string Body) Split(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var headings = new List<string>();
        var body = new StringBuilder(html.Length);
        var heading = new StringBuilder();
        StringBuilder current = body;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                var next = html.IndexOf('<', i);
                next = next < 0 ? html.Length : next;
                current.Append(html, i, next - i);
                i = next;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = After(html, "-->", i + 4);
                continue;
            }

            var (name, closing, end) = ReadTag(html, i);
            if (name is null)
            {
                // A lone « < » (Markdig escapes them, raw HTML may not).
                current.Append(c);
                i++;
                continue;
            }

            i = end;
            if (!closing && Skipped.Contains(name))
            {
                i = SkipElement(html, name, i);
                continue;
            }

            if (IsHeading(name))
            {
                if (!closing && ReferenceEquals(current, body))
                {
                    current = heading;
                }
                else if (closing && ReferenceEquals(current, heading))
                {
                    var text = Tidy(WebUtility.HtmlDecode(heading.ToString()));
                    if (text.Length > 0)
                    {
                        headings.Add(text);
                    }

                    heading.Clear();
                    current = body;
                }

                body.Append(' ');
                continue;
            }

            if (Blocks.Contains(name))
            {
                current.Append(' ');
            }
        }

        return (headings, Tidy(WebUtility.HtmlDecode(body.ToString())));
    }

    /// <summary>Whitespace collapsed, ends trimmed, markers and control characters removed.</summary>
    public static string Tidy(string text) => PlainText.Collapse(text, c => SearchText.IsMarker(c) || char.IsControl(c));

    private static bool IsHeading(string name) => name.Length == 2 && name[0] is ('h' or 'H') && name[1] is (>= '1' and <= '6');

    // The tag starting at « < »: its name (null when this is no tag), whether it closes, and the index after its « > ».
    private static (string? Name, bool Closing, int End) ReadTag(string html, int start)
    {
        var i = start + 1;
        var closing = i < html.Length && html[i] == '/';
        if (closing)
        {
            i++;
        }

        if (i < html.Length && (html[i] == '!' || html[i] == '?'))
        {
            return ("!", false, After(html, ">", i));
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return (null, false, start + 1);
        }

        var name = html[nameStart..i];
        char? quote = null;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (name, closing, i + 1);
            }
        }

        return (name, closing, html.Length);
    }

    private static int SkipElement(string html, string name, int from)
    {
        var close = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : After(html, ">", close);
    }

    private static int After(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
