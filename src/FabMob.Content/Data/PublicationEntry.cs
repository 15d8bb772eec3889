namespace FabMob.Content.Data;

/// <summary>
/// A publication of the association: a wiki page (title and picture come from the wiki), a date as
/// the editor wrote it (« Juillet 2023 ») and a description; the file may also give its own title,
/// picture or link.
/// </summary>
public sealed record PublicationEntry(string WikiId, string? Date, string? Description)
{
    public string? Title { get; init; }
    public string? Image { get; init; }
    public string? Url { get; init; }

    /// <summary>
    /// Roles: <c>id</c> (<c>id_wiki</c>), <c>date</c> (free text), <c>text</c> (<c>description</c>),
    /// <c>title</c>, <c>image</c>, <c>link</c>.
    /// </summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["id"] = ["id_wiki", "wiki", "idwiki", "wiki_id", "id"],
        ["date"] = ["date", "quand", "when"],
        ["text"] = ["description", "résumé", "resume", "summary"],
        ["title"] = ["titre", "title", "nom", "name"],
        ["image"] = ["image", "picture", "illustration"],
        ["link"] = ["url", "lien", "link"],
    });

    /// <summary>The publications of a list, in the file's order; an entry needs a wiki id or a title.</summary>
    public static IReadOnlyList<PublicationEntry> ReadList(object? items, DataFields? fields = null)
    {
        fields ??= Fields;
        var publications = new List<PublicationEntry>();
        foreach (var item in DataValues.ListItems(items))
        {
            if (item is string id && id.Trim().Length > 0)
            {
                publications.Add(new PublicationEntry(id.Trim(), null, null));
            }
            else if (item is IReadOnlyDictionary<string, object?> map &&
                     (fields.Text(map, "id") ?? fields.Text(map, "title")) is { } key)
            {
                publications.Add(new PublicationEntry(key, fields.Text(map, "date"), fields.Text(map, "text"))
                {
                    Title = fields.Text(map, "title"),
                    Image = fields.Path(map, "image"),
                    Url = fields.Link(map, "link"),
                });
            }
        }

        return publications;
    }
}
