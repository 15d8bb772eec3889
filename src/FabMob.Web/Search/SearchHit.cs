using FabMob.Content;

namespace FabMob.Web.Search;

/// <summary>One page found: its title and an extract, as safe HTML with the matched words in <c>mark</c>.</summary>
public sealed record SearchHit(ContentPage Page, string TitleHtml, string ExtractHtml);
