namespace FabMob.Web.Configuration;

/// <summary>A page drawn from a data file of <c>content/_data/</c> (see <c>Site:DataPages</c>).</summary>
public sealed class DataPage
{
    /// <summary>Site path of the page, e.g. <c>/à-propos/nous</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Data file name without extension: <c>equipe</c> reads <c>_data/equipe.yaml</c>.</summary>
    public string Data { get; set; } = "";

    /// <summary>How to show it: <c>equipe</c>, <c>evenements</c> or <c>communs</c>.</summary>
    public string View { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The views a data page may use.</summary>
    public static readonly IReadOnlySet<string> Views = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "equipe", "evenements", "communs" };
}
