namespace FabMob.Content.Data;

/// <summary>
/// Which keys of a data file's entries hold each role a view shows (<c>title</c> → <c>nom</c>,
/// <c>name</c>…). Each shape has defaults (French keys and English aliases); a data page's
/// configuration may name the one key of a role instead. Keys match trimmed, in any case, NFC or NFD.
/// </summary>
public sealed class DataFields
{
    private readonly Dictionary<string, string[]> _keys;

    public DataFields(IReadOnlyDictionary<string, string[]> keys) =>
        _keys = new Dictionary<string, string[]>(keys, StringComparer.OrdinalIgnoreCase);

    /// <summary>The roles this shape knows, in the order they were declared.</summary>
    public IReadOnlyCollection<string> Roles => _keys.Keys;

    public bool Knows(string role) => _keys.ContainsKey(role);

    /// <summary>The same roles, with the key of each role of <paramref name="overrides"/> replaced; unknown roles are ignored.</summary>
    public DataFields With(IReadOnlyDictionary<string, string>? overrides)
    {
        if (overrides is null || overrides.Count == 0)
        {
            return this;
        }

        var keys = new Dictionary<string, string[]>(_keys, StringComparer.OrdinalIgnoreCase);
        foreach (var (role, key) in overrides)
        {
            if (keys.ContainsKey(role) && !string.IsNullOrWhiteSpace(key))
            {
                keys[role] = [key.Trim()];
            }
        }

        return new DataFields(keys);
    }

    /// <summary>The text of <paramref name="role"/> in <paramref name="entry"/>, trimmed; null when missing or empty.</summary>
    public string? Text(IReadOnlyDictionary<string, object?> entry, string role) =>
        _keys.TryGetValue(role, out var keys) ? DataValues.Text(entry, keys) : null;

    /// <summary>A picture or page address of <paramref name="role"/>: an absolute URL or site path as is, else a path from the content root.</summary>
    public string? Path(IReadOnlyDictionary<string, object?> entry, string role) => DataValues.SitePath(Text(entry, role));

    /// <summary>A link of <paramref name="role"/> as written, <c>www.…</c> given its <c>https://</c>.</summary>
    public string? Link(IReadOnlyDictionary<string, object?> entry, string role) => Text(entry, role) switch
    {
        null => null,
        var link when link.StartsWith("www.", StringComparison.OrdinalIgnoreCase) => "https://" + link,
        var link when link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) => DataValues.SitePath(link),
        var link => link,
    };
}
