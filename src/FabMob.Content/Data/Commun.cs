namespace FabMob.Content.Data;

/// <summary>An open-source resource (« commun ») the association supports.</summary>
public sealed record Commun(string Name, string? Description, string? Url, string? Image)
{
    /// <summary>
    /// The wiki page that describes it (<c>Mon_Compte_Mobilité</c>): a plain name in the file, or an
    /// entry's <c>id_wiki</c>. Whether the site asks a wiki about it is the site's choice.
    /// </summary>
    public string? WikiId { get; init; }

    /// <summary>
    /// Roles: <c>id</c> (<c>id_wiki</c>), <c>title</c> (<c>nom</c>), <c>text</c> (<c>description</c>),
    /// <c>image</c> (<c>logo</c>), <c>link</c> (<c>url</c>).
    /// </summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["id"] = ["id_wiki", "wiki", "idwiki", "wiki_id"],
        ["title"] = ["nom", "titre", "name", "title"],
        ["text"] = ["description", "résumé", "resume", "summary"],
        ["image"] = ["image", "logo", "picture"],
        ["link"] = ["url", "lien", "site", "link"],
    });

    /// <summary>
    /// Reads a communs file: a list of names (wiki page ids), a list of entries (<c>nom</c>/<c>titre</c>,
    /// <c>description</c>, <c>url</c>/<c>lien</c>, <c>image</c>/<c>logo</c>, <c>id_wiki</c>), or a map of name → description.
    /// </summary>
    public static IReadOnlyList<Commun> Read(object? data, DataFields? fields = null)
    {
        fields ??= Fields;
        if (data is IReadOnlyDictionary<string, object?> map && DataValues.Value(map, "communs", "commons") is { } list)
        {
            data = list;
        }

        var communs = new List<Commun>();
        foreach (var (key, item) in DataValues.Items(data))
        {
            switch (item)
            {
                case string name when key is null && name.Trim().Length > 0:
                    communs.Add(new Commun(name.Trim(), null, null, null) { WikiId = name.Trim() });
                    break;
                case IReadOnlyDictionary<string, object?> entry
                    when (fields.Text(entry, "title") ?? key?.Trim() ?? fields.Text(entry, "id")) is { } name:
                    communs.Add(new Commun(name, fields.Text(entry, "text"), fields.Link(entry, "link"), fields.Path(entry, "image"))
                    {
                        WikiId = fields.Text(entry, "id"),
                    });
                    break;
                case var other when key is not null:
                    communs.Add(new Commun(key.Trim(), DataValues.Text(other), null, null));
                    break;
            }
        }

        return communs;
    }
}
