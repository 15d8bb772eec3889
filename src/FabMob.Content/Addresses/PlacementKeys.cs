namespace FabMob.Content.Addresses;

/// <summary>
/// What one page file claims in the site's address space: its URL (null when its name has nothing to
/// make one from), the loose key of that URL, the raw keys of its file name, and each alias as written,
/// normalised and loose. They depend only on the file's path and front matter.
/// </summary>
internal sealed record PlacementKeys(string? Url, string LooseUrl, IReadOnlyList<string> Raw,
    IReadOnlyList<(string Alias, string Path, string LoosePath)> Aliases)
{
    public static readonly PlacementKeys None = new(null, "", [], []);
}
