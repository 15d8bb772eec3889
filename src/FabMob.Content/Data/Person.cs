namespace FabMob.Content.Data;

/// <summary>A person of the team, the board or the cooperators, as the team data file describes them.</summary>
public sealed record Person(string Name, string? Role, string? Image, string? LinkedIn, string? Organisation, string? OrganisationUrl)
{
    /// <summary>
    /// Roles: <c>title</c> (<c>nom</c>), <c>role</c> (<c>rôle</c>), <c>image</c>, <c>linkedin</c>,
    /// <c>organisation</c> (<c>structure</c>), <c>organisationLink</c> (<c>lienstructure</c>).
    /// </summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["title"] = ["nom", "name", "titre", "title"],
        ["role"] = ["rôle", "role", "fonction", "poste"],
        ["image"] = ["image", "photo", "picture"],
        ["linkedin"] = ["linkedin"],
        ["organisation"] = ["structure", "organisation", "organization"],
        ["organisationLink"] = ["lienstructure", "lien_structure", "structure_url", "organisation_url"],
    });

    /// <summary>The people of a list (anything else has none); entries without a name are left out.</summary>
    public static IReadOnlyList<Person> ReadList(object? items, DataFields? fields = null) =>
        [.. DataValues.ListItems(items).Select(item => Read(item, fields ?? Fields)).OfType<Person>()];

    internal static Person? Read(object? item, DataFields fields)
    {
        if (item is string name && name.Trim().Length > 0)
        {
            return new Person(name.Trim(), null, null, null, null, null);
        }

        if (item is not IReadOnlyDictionary<string, object?> map || fields.Text(map, "title") is not { } personName)
        {
            return null;
        }

        return new Person(personName, fields.Text(map, "role"), fields.Path(map, "image"), fields.Link(map, "linkedin"),
            fields.Text(map, "organisation"), fields.Link(map, "organisationLink"));
    }
}
