namespace FabMob.Content.Editing;

/// <summary>
/// The front-matter fields the editor's form shows. Lists hold one entry per value; an absent value
/// is null (or an empty list). <see cref="Date"/> is the date as written in the file (<c>2023-10-9</c>,
/// <c>24-03-2015 17:42</c>…), so that an unchanged date is written back exactly as it was.
/// </summary>
public sealed record ArticleFields
{
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? Image { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The fields as the site's reader would read them back: text trimmed (blank is absent), line ends
    /// as LF, list entries trimmed, blank entries dropped, duplicates (ignoring case) dropped.
    /// </summary>
    public ArticleFields Normalized() => new()
    {
        Title = Text(Title),
        Date = Text(Date),
        Summary = Text(Summary),
        Authors = List(Authors),
        Tags = List(Tags),
        Categories = List(Categories),
        Image = Text(Image),
        Draft = Draft,
        Slug = Text(Slug),
        Aliases = List(Aliases),
    };

    /// <summary>The value of one field: a string, a list of strings or a boolean.</summary>
    internal object? Value(FrontMatterField field) => field switch
    {
        FrontMatterField.Title => Title,
        FrontMatterField.Date => Date,
        FrontMatterField.Summary => Summary,
        FrontMatterField.Authors => Authors,
        FrontMatterField.Tags => Tags,
        FrontMatterField.Categories => Categories,
        FrontMatterField.Image => Image,
        FrontMatterField.Draft => Draft,
        FrontMatterField.Slug => Slug,
        FrontMatterField.Aliases => Aliases,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Whether one field holds the same value in both (lists compared entry by entry, in order).</summary>
    internal static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => Equals(a, b),
    };

    private static string? Text(string? value)
    {
        var text = value?.ReplaceLineEndings("\n").Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static List<string> List(IReadOnlyList<string>? values)
    {
        var result = new List<string>();
        foreach (var value in values ?? [])
        {
            var text = Text(value);
            if (text is not null && !result.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                result.Add(text);
            }
        }

        return result;
    }
}
