namespace FabMob.Web.Wiki;

/// <summary>
/// A template call of a page's wikitext (<c>{{Commun|Titre=…|Main_Picture=…}}</c>): its name and its
/// parameters as written, named ones by name and the others by position (<c>1</c>, <c>2</c>…).
/// </summary>
internal sealed record WikitextTemplate(string Name, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>
    /// The first non-empty parameter among <paramref name="names"/>, names compared without case and
    /// with <c>_</c> and space alike (<c>Main_Picture</c> = <c>main picture</c>).
    /// </summary>
    public string? Parameter(params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var (key, value) in Parameters)
            {
                if (value.Trim().Length > 0 && string.Equals(Simplify(key), Simplify(name), StringComparison.OrdinalIgnoreCase))
                {
                    return value.Trim();
                }
            }
        }

        return null;
    }

    private static string Simplify(string name) => name.Replace('_', ' ').Trim();
}
