namespace FabMob.Content.Data;

/// <summary>A person of the team or the board, as the team data file describes them.</summary>
public sealed record Person(string Name, string? Role, string? Image, string? LinkedIn, string? Organisation, string? OrganisationUrl);

/// <summary>A named group of people (« Bureau », « Équipe »…).</summary>
public sealed record TeamGroup(string? Name, IReadOnlyList<Person> People)
{
    /// <summary>
    /// Reads a team file: a map of group name → people, a list of groups
    /// (<c>groupe</c>/<c>nom</c> and <c>membres</c>/<c>personnes</c>), or a plain list of people.
    /// People need a <c>nom</c>; every other field (<c>rôle</c>, <c>image</c>, <c>linkedin</c>,
    /// <c>structure</c>, <c>lienstructure</c>) is optional.
    /// </summary>
    public static IReadOnlyList<TeamGroup> Read(object? data)
    {
        var groups = new List<TeamGroup>();
        var loose = new List<Person>();
        foreach (var (key, item) in DataValues.Items(data))
        {
            if (key is not null)
            {
                groups.Add(new TeamGroup(key, ReadPeople(item)));
            }
            else if (item is IReadOnlyDictionary<string, object?> map &&
                     DataValues.Value(map, "membres", "personnes", "people", "members") is { } members)
            {
                groups.Add(new TeamGroup(DataValues.Text(map, "groupe", "nom", "titre", "name", "title", "group"), ReadPeople(members)));
            }
            else if (ReadPerson(item) is { } person)
            {
                loose.Add(person);
            }
        }

        if (loose.Count > 0)
        {
            groups.Insert(0, new TeamGroup(null, loose));
        }

        return [.. groups.Where(g => g.People.Count > 0)];
    }

    private static List<Person> ReadPeople(object? items) =>
        [.. DataValues.Items(items).Select(x => ReadPerson(x.Item)).OfType<Person>()];

    private static Person? ReadPerson(object? item)
    {
        if (item is string name && name.Trim().Length > 0)
        {
            return new Person(name.Trim(), null, null, null, null, null);
        }

        if (item is not IReadOnlyDictionary<string, object?> map || DataValues.Text(map, "nom", "name") is not { } personName)
        {
            return null;
        }

        return new Person(personName,
            DataValues.Text(map, "rôle", "role", "fonction"),
            DataValues.SitePath(DataValues.Text(map, "image", "photo", "picture")),
            DataValues.Text(map, "linkedin"),
            DataValues.Text(map, "structure", "organisation", "organization"),
            DataValues.Text(map, "lienstructure", "lien_structure", "structure_url", "organisation_url"));
    }
}
