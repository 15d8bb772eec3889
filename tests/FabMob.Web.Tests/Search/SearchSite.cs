using AngleSharp.Dom;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Search;

/// <summary>
/// The application on a private copy of <c>Fixtures/search</c> (in Production unless told
/// otherwise), with a clock the tests move and, unless a test sets one, no rate limit.
/// </summary>
public sealed class SearchSite : IDisposable
{
    public SearchSite() : this("Production", null, null)
    {
    }

    private SearchSite(string environment, IReadOnlyDictionary<string, string?>? settings, Action<TempSite>? prepare)
    {
        Content = TempSite.FromFixture("search");
        prepare?.Invoke(Content);
        var values = new Dictionary<string, string?> { ["Search:PermitLimit"] = "0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        Factory = new SiteFactory(Content.Root, environment, values, services => services.AddSingleton<TimeProvider>(Clock));
        Client = Factory.CreateRawClient();
    }

    /// <summary>A site in <paramref name="environment"/>, with more <paramref name="settings"/> and content written by <paramref name="prepare"/> before it starts.</summary>
    public static SearchSite Create(string environment = "Production", IReadOnlyDictionary<string, string?>? settings = null,
        Action<TempSite>? prepare = null) => new(environment, settings, prepare);

    public TempSite Content { get; }
    public SiteFactory Factory { get; }
    public HttpClient Client { get; }

    /// <summary>Starts on 22 November 2026, 12:00 Paris time.</summary>
    public MovableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(1)));

    /// <summary>Searches <paramref name="query"/> (page <paramref name="page"/> if given) and returns the response and its document.</summary>
    public Task<(HttpResponseMessage Response, IDocument Document)> SearchAsync(string query, string? page = null) =>
        Html.GetAsync(Client, "/recherche?q=" + Uri.EscapeDataString(query) + (page is null ? "" : "&page=" + Uri.EscapeDataString(page)));

    /// <summary>The site paths of the results, in order.</summary>
    public static List<string> Results(IDocument page) =>
    [
        .. page.QuerySelectorAll("ol.recherche__resultats > li.resultat h3 a")
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href") ?? "")),
    ];

    /// <summary>The site paths of every result, all pages followed.</summary>
    public async Task<List<string>> AllResultsAsync(string query)
    {
        var all = new List<string>();
        for (var number = 1; number < 100; number++)
        {
            var (response, page) = await SearchAsync(query, number == 1 ? null : number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                break;
            }

            response.EnsureSuccessStatusCode();
            all.AddRange(Results(page));
            if (page.QuerySelector("nav.pagination a[rel=next]") is null)
            {
                break;
            }
        }

        return all;
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Content.Dispose();
    }
}
