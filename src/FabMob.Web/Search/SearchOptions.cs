namespace FabMob.Web.Search;

/// <summary>The <c>Search</c> section of the configuration: results per page, longest query, and the per-client rate limit.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Results per page.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>Longest query accepted, in characters; a longer one is refused (400) with a message.</summary>
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>Searches one client (IP address) may make per window; 0 turns the limit off (benchmarks).</summary>
    public int PermitLimit { get; set; } = 30;

    /// <summary>
    /// Whether the index is built. The export turns it off: a static copy of the site has no search, and
    /// the index of a large site costs seconds of work.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Folder of the index files (one SQLite file per index, tens of MB for a large site, deleted when
    /// the index is replaced); empty: a private temporary folder of the process.
    /// </summary>
    public string? IndexDirectory { get; set; }

    /// <summary>Length of the rate-limit window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 10;
}
