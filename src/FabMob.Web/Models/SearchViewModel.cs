using System.Globalization;
using System.Text;
using FabMob.Content;

namespace FabMob.Web.Models;

/// <summary>
/// The search page: the form with the query echoed, a message (invitation, refusal, nothing
/// found), and one page of results with how many there are in all.
/// </summary>
public sealed record SearchViewModel : ILayoutModel
{
    public const string Path = "/recherche";

    public required PageMeta Meta { get; init; }

    /// <summary>The query as cleaned, echoed in the form (Razor escapes it).</summary>
    public string Query { get; init; } = "";

    /// <summary>What to tell the visitor instead of (or before) results, or null.</summary>
    public string? Message { get; init; }

    /// <summary>Whether a search ran, so that the count of results is worth showing.</summary>
    public bool Searched { get; init; }

    public int Total { get; init; }
    public IReadOnlyList<SearchResultItem> Results { get; init; } = [];

    /// <summary>The page shown, from 1.</summary>
    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>Rank of the first result of this page, for the numbering of the list.</summary>
    public int FirstRank { get; init; } = 1;

    public int MaxQueryLength { get; init; }

    /// <summary>
    /// « 3 résultats pour « vélo » », « Aucun résultat pour « vélo » »: narrow no-break spaces inside
    /// the guillemets, the visitor's words left as typed.
    /// </summary>
    public string TotalLabel => Total switch
    {
        0 => $"Aucun résultat pour {Quoted}",
        1 => $"1 résultat pour {Quoted}",
        _ => $"{Number(Total)} résultats pour {Quoted}",
    };

    private string Quoted => $"«{FrenchTypography.NarrowNoBreakSpace}{Query}{FrenchTypography.NarrowNoBreakSpace}»";

    /// <summary>The address of page <paramref name="page"/> of these results.</summary>
    public string PageUrl(int page) =>
        page <= 1 ? $"{Path}?q={Uri.EscapeDataString(Query)}" : $"{Path}?q={Uri.EscapeDataString(Query)}&page={page.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The links to the other pages of these results.</summary>
    public Pagination Pagination => new(Page, PageCount, Path) { Label = "Pages de résultats", Href = PageUrl };

    /// <summary>The search page before any search, or with a message in place of results.</summary>
    public static SearchViewModel Form(string siteName, string query, int maxQueryLength, string? message = null) => new()
    {
        Meta = Describe(siteName, query),
        Query = query,
        Message = message,
        MaxQueryLength = maxQueryLength,
    };

    /// <summary>The title, description and robots rule of a search page: results are not for search engines.</summary>
    public static PageMeta Describe(string siteName, string query) => new()
    {
        Title = query.Length == 0 ? "Recherche" : $"Recherche : {query}",
        Description = $"Chercher dans les pages et les articles de {siteName}.",
        Path = query.Length == 0 ? Path : null,
        NoIndex = query.Length > 0,
    };

    // French grouping with a narrow no-break space (« 10 000 »), with no dependency on the machine's culture data.
    private static string Number(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder(digits.Length + (digits.Length / 3));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append('\u202F');
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }
}
