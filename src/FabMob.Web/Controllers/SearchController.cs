using System.Globalization;
using FabMob.Web.Configuration;
using FabMob.Web.Models;
using FabMob.Web.Publication;
using FabMob.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Controllers;

/// <summary>
/// <c>/recherche?q=…&amp;page=…</c>: full-text search over the pages and articles the public sees
/// now (drafts and scheduled articles only in Development, marked). An empty query shows the form;
/// a query with nothing to search, a message; a query too long, a 400 with a message; a page
/// number that does not exist, a 404. Rate-limited per client (policy <c>recherche</c>).
/// </summary>
[EnableRateLimiting(SearchRateLimiterPolicy.Name)]
public sealed partial class SearchController(SearchIndexHost search, PublicationPolicy publication, IOptions<SearchOptions> options,
    IOptions<SiteOptions> site, ILogger<SearchController> logger) : Controller
{
    // Just after start, the first index may still be building: a search waits this long for it.
    private static readonly TimeSpan FirstIndexWait = TimeSpan.FromSeconds(10);

    [HttpGet(SearchViewModel.Path)]
    [HttpHead(SearchViewModel.Path)]
    public async Task<IActionResult> Index()
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return this.NotFoundPage();
        }

        var max = settings.MaxQueryLength;
        var raw = Request.Query["q"].FirstOrDefault() ?? "";
        var text = SearchText.Clean(raw);
        if (raw.Length > max)
        {
            return Page(StatusCodes.Status400BadRequest, SearchViewModel.Form(site.Value.Name, text.Length > max ? text[..max] : text, max,
                $"Votre recherche est trop longue ({raw.Length.ToString(CultureInfo.InvariantCulture)} caractères) : " +
                $"{max.ToString(CultureInfo.InvariantCulture)} au plus. Raccourcissez-la, quelques mots suffisent."));
        }

        if (text.Length == 0)
        {
            return Page(StatusCodes.Status200OK, SearchViewModel.Form(site.Value.Name, "", max));
        }

        var requested = Request.Query["page"].FirstOrDefault();
        var number = 1;
        if (requested is not null && (!int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return this.NotFoundPage();
        }

        var query = SearchQuery.Parse(text);
        if (query.IsEmpty)
        {
            return Page(StatusCodes.Status200OK, SearchViewModel.Form(site.Value.Name, text, max,
                "Rien à chercher dans cette requête : saisissez des mots, avec des lettres ou des chiffres."));
        }

        using var lease = await search.LeaseAsync(FirstIndexWait, HttpContext.RequestAborted);
        if (lease is null)
        {
            Response.Headers.RetryAfter = "5";
            return Page(StatusCodes.Status503ServiceUnavailable, SearchViewModel.Form(site.Value.Name, text, max,
                "La recherche se prépare : réessayez dans quelques secondes."));
        }

        SearchResults results;
        try
        {
            results = lease.Index.Search(query, publication.VisibleAt, (number - 1) * settings.PageSize, settings.PageSize);
        }
        catch (SqliteException e)
        {
            LogSearchFailed(e, query.MatchExpression!);
            return Page(StatusCodes.Status500InternalServerError, SearchViewModel.Form(site.Value.Name, text, max,
                "La recherche n'a pas pu aboutir. L'erreur a été enregistrée ; réessayez dans un moment."));
        }

        var pageCount = Routing.GeneratedAddresses.PageCount(results.Total, settings.PageSize);
        if (number > pageCount)
        {
            return this.NotFoundPage();
        }

        var model = SearchViewModel.Form(site.Value.Name, text, max) with
        {
            Searched = true,
            Total = results.Total,
            Results = [.. results.Hits.Select(hit => new SearchResultItem(hit.Page.Url, hit.TitleHtml, hit.Page.Date, hit.ExtractHtml,
                IsUnpublished: !publication.IsPublished(hit.Page)))],
            Page = number,
            PageCount = pageCount,
            FirstRank = ((number - 1) * settings.PageSize) + 1,
        };
        if (number > 1)
        {
            model = model with { Meta = model.Meta with { Title = $"{model.Meta.Title} (page {number.ToString(CultureInfo.InvariantCulture)})" } };
        }

        return Page(StatusCodes.Status200OK, model);
    }

    private ViewResult Page(int status, SearchViewModel model)
    {
        Response.StatusCode = status;
        return View("Recherche", model);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "La recherche a échoué pour l'expression {Match}")]
    private partial void LogSearchFailed(Exception exception, string match);
}
