namespace FabMob.Content;

/// <summary>
/// Bounds that keep one hostile or broken file from exhausting the server. A file past a limit
/// is rejected with an error naming it; the rest of the site is served.
/// </summary>
public sealed record ContentLimits
{
    /// <summary>Largest Markdown or data file read, in bytes (4 MiB).</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Most YAML nodes read from one front matter or data file, aliases counted as expanded.</summary>
    public int MaxYamlNodes { get; init; } = 100_000;

    /// <summary>Deepest nesting of YAML lists and maps.</summary>
    public int MaxYamlDepth { get; init; } = 64;
}
