namespace FabMob.Web.Wiki;

/// <summary>
/// Makes a <see cref="WikiSummary"/> from a wiki page: the first template of its wikitext that has a
/// title, picture or description parameter gives them (as plain text), the page's own title and its
/// page image (<c>pageimages</c>) fill in what the template lacks.
/// </summary>
internal static class WikiPageSummary
{
    /// <summary>The longest summary kept, in characters (cut at a word, with « … »).</summary>
    public const int MaxSummaryLength = 500;

    private const int MaxTitleLength = 200;

    private static readonly string[] TitleKeys = ["Titre", "Title", "Nom", "Name"];
    private static readonly string[] PictureKeys = ["Main_Picture", "Main_Image", "Image", "Picture", "Logo", "Photo"];
    private static readonly string[] DescriptionKeys =
        ["Short_description", "Description_courte", "Description", "Résumé", "Resume", "Summary", "Abstract"];

    public static WikiSummary Read(string id, WikiQueryPage page, string root)
    {
        ArgumentNullException.ThrowIfNull(page);
        var template = WikitextTemplateReader.Read(page.Content ?? "")
            .FirstOrDefault(t => t.Parameter(TitleKeys) is not null || t.Parameter(PictureKeys) is not null || t.Parameter(DescriptionKeys) is not null);

        var title = template?.Parameter(TitleKeys) is { } titre ? Shorten(WikitextPlainText.From(titre), MaxTitleLength) : "";
        var summary = template?.Parameter(DescriptionKeys) is { } description ? Shorten(WikitextPlainText.From(description), MaxSummaryLength) : "";
        return new WikiSummary(
            id,
            title.Length > 0 ? title : page.Title,
            WikiTitle.PageUrl(root, page.Title),
            Picture(template?.Parameter(PictureKeys), page, root),
            summary.Length > 0 ? summary : null);
    }

    private static string? Picture(string? parameter, WikiQueryPage page, string root)
    {
        if (parameter is not null)
        {
            var value = parameter.Trim();
            if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                return url.AbsoluteUri;
            }

            if (WikitextPlainText.FileName(value) is { } file)
            {
                return WikiTitle.FileUrl(root, file);
            }
        }

        if (page.PageImage is { } image && WikitextPlainText.FileName(image) is { } name)
        {
            return WikiTitle.FileUrl(root, name);
        }

        return Uri.TryCreate(page.ThumbnailUrl, UriKind.Absolute, out var thumbnail) && thumbnail.Scheme is "http" or "https"
            ? thumbnail.AbsoluteUri
            : null;
    }

    /// <summary>At most <paramref name="max"/> characters, cut after a whole word, « … » added when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':') + "…";
    }
}
