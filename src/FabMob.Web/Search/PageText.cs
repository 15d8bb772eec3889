using FabMob.Content;

namespace FabMob.Web.Search;

/// <summary>
/// The text of a page as search indexes it, in four parts ranked apart: the title, the headings
/// of the body, the subjects (tags, categories, authors) and the rest of the body. Headings and body
/// are the page's <see cref="BodyText"/>, taken from its Markdown tree when it was rendered (raw
/// HTML read there by AngleSharp): no HTML is read here. Markers of <see cref="SearchHighlight"/>
/// never survive, so indexed text cannot fake a highlight.
/// </summary>
public sealed record PageText(string Title, string Headings, string Subjects, string Body)
{
    /// <summary>
    /// The text of <paramref name="page"/>, or null when the words of its body were let go (an index that
    /// was put in service has them: <see cref="SearchIndex"/> copies its row).
    /// </summary>
    public static PageText? Of(ContentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        IReadOnlyList<string> words = [];
        var body = "";
        if (page.Text is { } text)
        {
            if (!text.TryRead(out words, out var written))
            {
                return null;
            }

            body = Tidy(written);
        }

        var title = Tidy(page.Title);
        var headings = words.Select(Tidy).Where(heading => heading.Length > 0).ToList();

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

    /// <summary>Whitespace collapsed, ends trimmed, markers and control characters removed.</summary>
    public static string Tidy(string text) => PlainText.Collapse(text, c => SearchText.IsMarker(c) || char.IsControl(c));
}
