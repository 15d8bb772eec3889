namespace FabMob.Content.Data;

/// <summary>An open-source resource (« commun ») the association supports.</summary>
public sealed record Commun(string Name, string? Description, string? Url, string? Image)
{
    /// <summary>
    /// Reads a communs file: a list of names, a list of entries (<c>nom</c>/<c>titre</c>,
    /// <c>description</c>, <c>url</c>/<c>lien</c>, <c>image</c>/<c>logo</c>), or a map of name → description.
    /// </summary>
    public static IReadOnlyList<Commun> Read(object? data)
    {
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
                    communs.Add(new Commun(name.Trim(), null, null, null));
                    break;
                case IReadOnlyDictionary<string, object?> entry when (DataValues.Text(entry, "nom", "titre", "name", "title") ?? key) is { } name:
                    communs.Add(new Commun(name, DataValues.Text(entry, "description", "résumé"),
                        DataValues.Text(entry, "url", "lien", "site", "link"),
                        DataValues.SitePath(DataValues.Text(entry, "image", "logo"))));
                    break;
                case var other when key is not null:
                    communs.Add(new Commun(key, DataValues.Text(other), null, null));
                    break;
            }
        }

        return communs;
    }
}
