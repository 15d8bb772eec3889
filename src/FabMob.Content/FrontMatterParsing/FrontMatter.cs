namespace FabMob.Content.FrontMatterParsing;

/// <summary>
/// The typed front matter of a page: French keys and their English aliases land in the same
/// property (see <see cref="FrontMatterReader"/>); every other key is kept in <see cref="Params"/>.
/// </summary>
public sealed record FrontMatter
{
    public static readonly FrontMatter Empty = new();

    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Summary { get; init; }
    public DateTimeOffset? Date { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Image { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Categories { get; init; } = [];
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Layout { get; init; }
    public string? Menu { get; init; }
    public int? Weight { get; init; }

    /// <summary>Every other key, as strings, booleans, numbers, lists and maps.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
}
