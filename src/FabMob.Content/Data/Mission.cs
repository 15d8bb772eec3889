namespace FabMob.Content.Data;

/// <summary>
/// A skills-sponsorship mission (« mécénat de compétences »): its description is Markdown, left as the
/// editor wrote it for the site's pipeline to render.
/// </summary>
public sealed record Mission(string Title, string? Id, string? Description, string? Commun, string? Poste, string? Image, string? Url)
{
    /// <summary>
    /// Roles: <c>title</c> (<c>titre</c>), <c>id</c>, <c>text</c> (<c>description</c>, Markdown),
    /// <c>commun</c>, <c>poste</c>, <c>image</c>, <c>link</c> (<c>url</c>).
    /// </summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["title"] = ["titre", "title", "nom", "name"],
        ["id"] = ["id", "identifiant", "ancre", "anchor"],
        ["text"] = ["description", "texte", "text"],
        ["commun"] = ["commun", "communs", "projet", "project"],
        ["poste"] = ["poste", "profil", "métier", "metier", "role", "rôle", "job"],
        ["image"] = ["image", "picture", "illustration", "logo"],
        ["link"] = ["url", "lien", "link"],
    });

    /// <summary>The missions of a list, in the file's order; an entry needs a title.</summary>
    public static IReadOnlyList<Mission> ReadList(object? items, DataFields? fields = null)
    {
        fields ??= Fields;
        var missions = new List<Mission>();
        foreach (var item in DataValues.ListItems(items))
        {
            if (item is IReadOnlyDictionary<string, object?> map && fields.Text(map, "title") is { } title)
            {
                missions.Add(new Mission(title, fields.Text(map, "id"), fields.Text(map, "text"), fields.Text(map, "commun"),
                    fields.Text(map, "poste"), fields.Path(map, "image"), fields.Link(map, "link")));
            }
        }

        return missions;
    }
}
