using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// A stand-in for a MediaWiki's <c>api.php</c> on a loopback port (real Kestrel), answering
/// <c>action=query&amp;prop=info|revisions|pageimages&amp;rvprop=content&amp;rvslots=main&amp;format=json&amp;formatversion=2&amp;redirects=1&amp;titles=…</c>
/// in the shape MediaWiki 1.3x/1.4x gives: <c>batchcomplete</c>, <c>query.normalized</c>
/// (<c>{fromencoded, from, to}</c>), <c>query.redirects</c> (<c>{from, to}</c>), <c>query.pages[]</c> with
/// <c>pageid</c>, <c>ns</c>, <c>title</c>, the <c>info</c> fields, <c>revisions[0].slots.main.content</c>,
/// <c>thumbnail</c> and <c>pageimage</c>, or <c>missing: true</c>. It can be told to misbehave
/// (<see cref="Behaviour"/>) and records the titles of each request.
/// </summary>
public sealed class StandInWiki : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Wikitext, string? PageImage)> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IReadOnlyList<string>> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private int _behaviour;

    private StandInWiki()
    {
    }

    /// <summary>The stand-in's <c>api.php</c>: <c>http://127.0.0.1:{port}/api.php</c>.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>The wiki's root (<c>http://127.0.0.1:{port}</c>), where <c>/wiki/{page}</c> would be.</summary>
    public string Root => ApiUrl.GetLeftPart(UriPartial.Authority);

    public StandInWikiBehaviour Behaviour
    {
        get => (StandInWikiBehaviour)Volatile.Read(ref _behaviour);
        set => Volatile.Write(ref _behaviour, (int)value);
    }

    /// <summary>Bytes of an <see cref="StandInWikiBehaviour.Oversized"/> answer.</summary>
    public int OversizedBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The titles of each request received, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Requests => [.. _requests];

    public static async Task<StandInWiki> StartAsync()
    {
        var wiki = new StandInWiki();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/api.php", wiki.AnswerAsync);
        await app.StartAsync();
        wiki._app = app;
        wiki.ApiUrl = new Uri(new Uri(app.Urls.First()), "/api.php");
        return wiki;
    }

    /// <summary>Adds or replaces a page (title as the wiki writes it: spaces, first letter upper case).</summary>
    public void SetPage(string title, string wikitext, string? pageImage = null) => _pages[title] = (wikitext, pageImage);

    public void RemovePage(string title) => _pages.TryRemove(title, out _);

    /// <summary>A redirect page: <paramref name="from"/> leads to <paramref name="to"/>.</summary>
    public void SetRedirect(string from, string to) => _redirects[from] = to;

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (_requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The stand-in wiki got {_requests.Count} requests, not {count}, in {timeout}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>MediaWiki's title normalisation: percent-decoding, <c>_</c> → space, spaces collapsed, first letter upper case.</summary>
    public static string Normalize(string title, out bool decoded)
    {
        decoded = title.Contains('%', StringComparison.Ordinal) && Uri.UnescapeDataString(title) != title;
        var text = decoded ? Uri.UnescapeDataString(title) : title;
        text = string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? text : string.Concat(text[..1].ToUpper(CultureInfo.InvariantCulture), text.AsSpan(1));
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var titles = context.Request.Query["titles"].ToString().Split('|', StringSplitOptions.RemoveEmptyEntries);
        _requests.Enqueue(titles);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        var response = context.Response;
        try
        {
            switch (Behaviour)
            {
                case StandInWikiBehaviour.Hang:
                    await Task.Delay(TimeSpan.FromMinutes(2), aborted.Token);
                    return;
                case StandInWikiBehaviour.SlowBody:
                    response.ContentType = "application/json; charset=utf-8";
                    await response.WriteAsync("{\"batchcomplete\":true,\"query\":{", aborted.Token);
                    await response.Body.FlushAsync(aborted.Token);
                    for (var i = 0; i < 600; i++)
                    {
                        await Task.Delay(200, aborted.Token);
                        await response.WriteAsync(" ", aborted.Token);
                        await response.Body.FlushAsync(aborted.Token);
                    }

                    return;
                case StandInWikiBehaviour.ServerError:
                    response.StatusCode = 500;
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync("<html><body><h1>Internal Server Error</h1><p>PHP Fatal error</p></body></html>", aborted.Token);
                    return;
                case StandInWikiBehaviour.MalformedJson:
                    response.ContentType = "application/json; charset=utf-8";
                    var whole = Answer(titles).ToJsonString();
                    await response.WriteAsync(whole[..(whole.Length / 2)], aborted.Token);
                    return;
                case StandInWikiBehaviour.Oversized:
                    await WriteOversizedAsync(response, aborted.Token);
                    return;
                case StandInWikiBehaviour.ApiError:
                    response.ContentType = "application/json; charset=utf-8";
                    response.Headers["MediaWiki-API-Error"] = "badvalue";
                    await response.WriteAsync(
                        "{\"error\":{\"code\":\"badvalue\",\"info\":\"Unrecognized value for parameter \\\"prop\\\": pageimages.\"," +
                        "\"docref\":\"See /api.php for API usage.\"},\"servedby\":\"mw-api-int\"}", aborted.Token);
                    return;
                default:
                    response.ContentType = "application/json; charset=utf-8";
                    await response.WriteAsync(Answer(titles).ToJsonString(), aborted.Token);
                    return;
            }
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the stand-in stops.
        }
    }

    private JsonObject Answer(IReadOnlyList<string> titles)
    {
        var normalized = new JsonArray();
        var redirects = new JsonArray();
        var pages = new JsonArray();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sent in titles)
        {
            var title = Normalize(sent, out var decoded);
            if (title != sent)
            {
                normalized.Add(new JsonObject { ["fromencoded"] = decoded, ["from"] = sent, ["to"] = title });
            }

            if (_redirects.TryGetValue(title, out var target))
            {
                redirects.Add(new JsonObject { ["from"] = title, ["to"] = target });
                title = target;
            }

            if (listed.Add(title))
            {
                pages.Add(Page(title));
            }
        }

        var query = new JsonObject();
        if (normalized.Count > 0)
        {
            query["normalized"] = normalized;
        }

        if (redirects.Count > 0)
        {
            query["redirects"] = redirects;
        }

        query["pages"] = pages;
        return new JsonObject { ["batchcomplete"] = true, ["query"] = query };
    }

    private JsonObject Page(string title)
    {
        if (!_pages.TryGetValue(title, out var page))
        {
            return new JsonObject
            {
                ["ns"] = 0,
                ["title"] = title,
                ["missing"] = true,
                ["contentmodel"] = "wikitext",
                ["pagelanguage"] = "fr",
                ["pagelanguagehtmlcode"] = "fr",
                ["pagelanguagedir"] = "ltr",
            };
        }

        var json = new JsonObject
        {
            ["pageid"] = Math.Abs(StringComparer.Ordinal.GetHashCode(title) % 100000),
            ["ns"] = 0,
            ["title"] = title,
            ["contentmodel"] = "wikitext",
            ["pagelanguage"] = "fr",
            ["pagelanguagehtmlcode"] = "fr",
            ["pagelanguagedir"] = "ltr",
            ["touched"] = "2025-06-12T08:41:27Z",
            ["lastrevid"] = 41234,
            ["length"] = Encoding.UTF8.GetByteCount(page.Wikitext),
            ["revisions"] = new JsonArray(new JsonObject
            {
                ["slots"] = new JsonObject
                {
                    ["main"] = new JsonObject
                    {
                        ["contentmodel"] = "wikitext",
                        ["contentformat"] = "text/x-wiki",
                        ["content"] = page.Wikitext,
                    },
                },
            }),
        };
        if (page.PageImage is { } image)
        {
            var file = image.Replace(' ', '_');
            json["thumbnail"] = new JsonObject
            {
                ["source"] = $"{Root}/images/thumb/a/ab/{Uri.EscapeDataString(file)}/50px-{Uri.EscapeDataString(file)}",
                ["width"] = 50,
                ["height"] = 34,
            };
            json["pageimage"] = file;
        }

        return json;
    }

    private async Task WriteOversizedAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync("{\"batchcomplete\":true,\"query\":{\"pages\":[{\"pageid\":1,\"ns\":0,\"title\":\"Énorme\"," +
            "\"revisions\":[{\"slots\":{\"main\":{\"contentmodel\":\"wikitext\",\"contentformat\":\"text/x-wiki\",\"content\":\"", cancellationToken);
        var chunk = new string('a', 64 * 1024);
        for (var written = 0; written < OversizedBytes; written += chunk.Length)
        {
            await response.WriteAsync(chunk, cancellationToken);
        }

        await response.WriteAsync("\"}}}]}]}}", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stopping.Dispose();
    }
}
