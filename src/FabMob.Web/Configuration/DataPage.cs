namespace FabMob.Web.Configuration;

/// <summary>
/// A page drawn from a data file (see <c>Site:DataPages</c>): its address, the data file, the view that
/// shows it, the groups of the file it shows and the keys of the file's entries, so that a new YAML
/// list needs no C#.
/// </summary>
public sealed class DataPage
{
    /// <summary>Site path of the page, e.g. <c>/à-propos/nous</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Data file name without extension: <c>equipe</c> reads <c>_data/equipe.yaml</c>, <c>ecosystème</c> a mounted <c>ecosystème.yaml</c>.</summary>
    public string Data { get; set; } = "";

    /// <summary>How to show it: one of <see cref="DataPages.DataPageViews.Names"/> (<c>personnes</c>, <c>logos</c>, <c>evenements</c>…).</summary>
    public string View { get; set; } = "";

    /// <summary>The page's title (its <c>h1</c>).</summary>
    public string Title { get; set; } = "";

    /// <summary>Meta description.</summary>
    public string? Description { get; set; }

    /// <summary>Markdown shown under the title, rendered and sanitised like a page.</summary>
    public string? Intro { get; set; }

    /// <summary>The named groups of the file to show, in order, each under its heading; empty: the whole file.</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>Role → key of the file's entries (<c>title</c> → <c>nom</c>); roles not given keep the view's defaults.</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
