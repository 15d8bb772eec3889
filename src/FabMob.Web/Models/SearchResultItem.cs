namespace FabMob.Web.Models;

/// <summary>
/// One result as the search page shows it. <see cref="TitleHtml"/> and <see cref="ExtractHtml"/>
/// are already escaped, with the matched words in <c>mark</c> (see <c>SearchHighlight</c>).
/// </summary>
public sealed record SearchResultItem(string Url, string TitleHtml, DateTimeOffset? Date, string ExtractHtml, bool IsUnpublished);
