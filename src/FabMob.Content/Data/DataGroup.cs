namespace FabMob.Content.Data;

/// <summary>A named part of a data file (« L'équipe », « Partenaires »), as the editor wrote its name, and its value.</summary>
public sealed record DataGroup(string Name, object? Value)
{
    /// <summary>
    /// The groups of <paramref name="data"/> named in <paramref name="names"/>, in that order: each name
    /// matches a top-level key of the file trimmed, in any case, NFC or NFD. A name the file does not
    /// have is left out; data that is not a map has no groups.
    /// </summary>
    public static IReadOnlyList<DataGroup> Select(object? data, IEnumerable<string> names)
    {
        if (data is not IReadOnlyDictionary<string, object?> map)
        {
            return [];
        }

        var groups = new List<DataGroup>();
        foreach (var name in names)
        {
            foreach (var (key, value) in map)
            {
                if (DataValues.SameKey(key, name))
                {
                    groups.Add(new DataGroup(key.Trim(), value));
                    break;
                }
            }
        }

        return groups;
    }
}
