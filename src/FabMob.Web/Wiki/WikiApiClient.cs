using System.Globalization;
using System.Net.Http.Headers;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Wiki;

/// <summary>
/// Asks the wiki's <c>api.php</c> for up to <see cref="BatchSize"/> pages at once (wikitext, info,
/// page image), within <see cref="WikiOptions.RequestTimeout"/> for the whole exchange and reading at
/// most <see cref="WikiOptions.MaxResponseBytes"/>. Any failure is a <see cref="WikiAnswerException"/>.
/// </summary>
internal sealed class WikiApiClient(IHttpClientFactory clients, IOptions<SiteOptions> site)
{
    /// <summary>The named <see cref="HttpClient"/> registered for the wiki.</summary>
    public const string HttpClientName = "FabMob.Wiki";

    /// <summary>The most titles MediaWiki takes in one <c>titles=</c> for a client without the <c>apihighlimits</c> right.</summary>
    public const int BatchSize = 50;

    private const string Query =
        "action=query&prop=info%7Crevisions%7Cpageimages&rvprop=content&rvslots=main&format=json&formatversion=2&redirects=1&titles=";

    private readonly WikiOptions _options = site.Value.Wiki;
    private readonly string _userAgent = UserAgent(site.Value.BaseUrl);

    public async Task<WikiQueryAnswer> FetchAsync(IReadOnlyList<string> titles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count is 0 or > BatchSize)
        {
            throw new ArgumentOutOfRangeException(nameof(titles), titles.Count, $"Entre 1 et {BatchSize} titres par requête.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RequestUri(titles));
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            var client = clients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new WikiAnswerException($"le wiki répond {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
            {
                throw TooLarge();
            }

            var body = await ReadBoundedAsync(response.Content, deadline.Token).ConfigureAwait(false);
            return WikiQueryAnswer.Parse(body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WikiAnswerException(
                $"le wiki n'a pas répondu en {_options.RequestTimeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s");
        }
        catch (HttpRequestException e)
        {
            throw new WikiAnswerException($"le wiki est injoignable ({e.Message})", e);
        }
        catch (IOException e)
        {
            throw new WikiAnswerException($"la réponse du wiki a été interrompue ({e.Message})", e);
        }
    }

    /// <summary>The request for these titles: the configured <c>api.php</c> and the query above.</summary>
    public Uri RequestUri(IReadOnlyList<string> titles)
    {
        var api = _options.ApiUrl.Trim();
        var separator = api.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri(api + separator + Query + Uri.EscapeDataString(string.Join('|', titles)));
    }

    private async Task<ReadOnlyMemory<byte>> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var limit = _options.MaxResponseBytes;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    throw TooLarge();
                }

                body.Write(buffer, 0, read);
            }

            return body.GetBuffer().AsMemory(0, (int)body.Length);
        }
    }

    private WikiAnswerException TooLarge() =>
        new($"la réponse du wiki dépasse {_options.MaxResponseBytes.ToString(CultureInfo.InvariantCulture)} octets (Site:Wiki:MaxResponseBytes)");

    /// <summary>MediaWiki asks API clients to say who they are (its User-Agent policy).</summary>
    private static string UserAgent(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) ? $"FabMobSite/1.0 (+{site.GetLeftPart(UriPartial.Authority)})" : "FabMobSite/1.0";
}
