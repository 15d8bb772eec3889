namespace FabMob.Content.Reading;

/// <summary>What <see cref="SiteConfiguration.Read"/> found: the file (null when there is none), its keys, or its error.</summary>
/// <param name="Path">Full path of the file, or null.</param>
/// <param name="Values">Flat configuration keys and values (empty when the file is absent or broken).</param>
/// <param name="Error">Why the file could not be read (file name, line, column, French message), or null.</param>
public sealed record SiteConfigurationFile(string? Path, IReadOnlyDictionary<string, string?> Values, ContentError? Error)
{
    /// <summary>The file's top-level keys as written, with their place, so that unknown ones can be reported.</summary>
    public IReadOnlyList<(string Key, int Line, int Column)> TopLevelKeys { get; init; } = [];
}
