namespace FabMob.Content.Data;

/// <summary>A named group of people (« Bureau », « Équipe »…).</summary>
public sealed record TeamGroup(string? Name, IReadOnlyList<Person> People)
{
    /// <summary>
    /// Reads a team file: a map of group name → people, a list of groups
    /// (<c>groupe</c>/<c>nom</c> and <c>membres</c>/<c>personnes</c>), or a plain list of people.
    /// People need a <c>nom</c>; every other field (<c>rôle</c>, <c>image</c>, <c>linkedin</c>,
    /// <c>structure</c>, <c>lienstructure</c>) is optional.
    /// </summary>
    public static IReadOnlyList<TeamGroup> Read(object? data, DataFields? fields = null)
    {
        fields ??= Person.Fields;
        var groups = new List<TeamGroup>();
        var loose = new List<Person>();
        foreach (var (key, item) in DataValues.Items(data))
        {
            if (key is not null)
            {
                groups.Add(new TeamGroup(key.Trim(), Person.ReadList(item, fields)));
            }
            else if (item is IReadOnlyDictionary<string, object?> map &&
                     DataValues.Value(map, "membres", "personnes", "people", "members") is { } members)
            {
                groups.Add(new TeamGroup(DataValues.Text(map, "groupe", "nom", "titre", "name", "title", "group"), Person.ReadList(members, fields)));
            }
            else if (Person.Read(item, fields) is { } person)
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
}
