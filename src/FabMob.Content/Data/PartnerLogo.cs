namespace FabMob.Content.Data;

/// <summary>A member's or partner's logo, linking to its site, with the association's interview of it beside.</summary>
public sealed record PartnerLogo(string Name, string? Image, string? Website, string? Interview)
{
    /// <summary>Roles: <c>title</c> (<c>nom</c>), <c>image</c> (<c>logo</c>), <c>link</c> (<c>siteweb</c>), <c>interview</c>.</summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["title"] = ["nom", "name", "structure", "titre", "title"],
        ["image"] = ["image", "logo", "picture"],
        ["link"] = ["siteweb", "site", "site_web", "url", "lien", "website", "link", "lienstructure"],
        ["interview"] = ["interview", "entretien", "entrevue"],
    });

    /// <summary>The logos of a list (anything else has none); an entry needs a name or a picture.</summary>
    public static IReadOnlyList<PartnerLogo> ReadList(object? items, DataFields? fields = null)
    {
        fields ??= Fields;
        var logos = new List<PartnerLogo>();
        foreach (var item in DataValues.ListItems(items))
        {
            if (item is string name && name.Trim().Length > 0)
            {
                logos.Add(new PartnerLogo(name.Trim(), null, null, null));
            }
            else if (item is IReadOnlyDictionary<string, object?> map &&
                     (fields.Text(map, "title") ?? NameOf(fields.Text(map, "image"))) is { Length: > 0 } title)
            {
                logos.Add(new PartnerLogo(title, fields.Path(map, "image"), fields.Link(map, "link"), fields.Path(map, "interview")));
            }
        }

        return logos;
    }

    /// <summary>A readable name from a picture's file name, when the entry has no name (« logo-ville.png » → « logo ville »).</summary>
    private static string? NameOf(string? image) =>
        image is null ? null : System.IO.Path.GetFileNameWithoutExtension(image.Split('?')[0]).Replace('-', ' ').Replace('_', ' ').Trim();
}
