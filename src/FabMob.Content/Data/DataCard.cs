namespace FabMob.Content.Data;

/// <summary>
/// An entry of any list shown as a card, its fields named by configuration: a title, a subtitle, a
/// text (Markdown), a picture, a link and a date written as free text.
/// </summary>
public sealed record DataCard(string Title, string? Subtitle, string? Text, string? Image, string? Link, string? Date)
{
    /// <summary>Roles: <c>title</c>, <c>subtitle</c>, <c>text</c> (Markdown), <c>image</c>, <c>link</c>, <c>date</c>.</summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["title"] = ["titre", "title", "nom", "name"],
        ["subtitle"] = ["sous-titre", "sous_titre", "soustitre", "subtitle", "rôle", "role"],
        ["text"] = ["description", "texte", "text", "résumé", "resume", "summary"],
        ["image"] = ["image", "logo", "picture", "photo", "illustration"],
        ["link"] = ["url", "lien", "link", "siteweb", "site"],
        ["date"] = ["date", "quand", "when"],
    });

    /// <summary>The cards of a list (a map's values too, its key as the title when the entry has none); an entry needs a title.</summary>
    public static IReadOnlyList<DataCard> ReadList(object? items, DataFields? fields = null)
    {
        fields ??= Fields;
        var cards = new List<DataCard>();
        foreach (var (key, item) in DataValues.Items(items))
        {
            if (item is string text && text.Trim().Length > 0)
            {
                cards.Add(key is null
                    ? new DataCard(text.Trim(), null, null, null, null, null)
                    : new DataCard(key.Trim(), null, text.Trim(), null, null, null));
            }
            else if (item is IReadOnlyDictionary<string, object?> map && (fields.Text(map, "title") ?? key?.Trim()) is { } title)
            {
                cards.Add(new DataCard(title, fields.Text(map, "subtitle"), fields.Text(map, "text"), fields.Path(map, "image"),
                    fields.Link(map, "link"), fields.Text(map, "date")));
            }
        }

        return cards;
    }
}
