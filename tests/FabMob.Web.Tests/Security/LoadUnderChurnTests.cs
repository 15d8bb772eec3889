using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FabMob.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Security;

/// <summary>
/// Sustained load on real Kestrel for 20 seconds while the content tree is edited, added to,
/// deleted from, broken and fixed every half second. Every page carries its generation number in
/// its title and in its body: a page whose two numbers differ (or whose page number is not the one
/// asked for) is torn or mixed. Bounded: at most <see cref="MaxRequests"/> requests.
/// </summary>
[Trait("Category", "Load")]
public sealed partial class LoadUnderChurnTests(ITestOutputHelper output) : IDisposable
{
    private const int Pages = 20;
    private const int Clients = 8;
    private const int MaxRequests = 400_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);

    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [GeneratedRegex(@"<title>Page (\d+) version (\d+)")]
    private static partial Regex TitleMarker();

    [GeneratedRegex(@"Corps de la page (\d+), version (\d+)\.")]
    private static partial Regex BodyMarker();

    [Fact]
    public async Task Twenty_seconds_of_load_while_files_change_every_half_second_give_no_5xx_and_no_torn_page()
    {
        var generations = new int[Pages];
        for (var i = 0; i < Pages; i++)
        {
            WritePage(i, 0);
        }

        _content.Write("index.md", "---\ntitre: Accueil\n---\nAccueil stable.\n");
        using var site = new KestrelSite(_content.Root);
        using var client = site.CreateClient();

        var served = 0L;
        var notFound = 0L;
        var errors = new ConcurrentQueue<string>();
        var torn = new ConcurrentQueue<string>();
        // The clock starts before the timer that ends the run, so that it never reads less than the run.
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(Duration);

        var load = Enumerable.Range(0, Clients).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (!stop.IsCancellationRequested && Interlocked.Read(ref served) < MaxRequests)
            {
                var (path, page) = Pick(random);
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                    Interlocked.Increment(ref served);
                    if ((int)response.StatusCode >= 500)
                    {
                        errors.Enqueue($"{(int)response.StatusCode} for {path}");
                    }
                    else if (response.StatusCode == HttpStatusCode.NotFound)
                    {
                        Interlocked.Increment(ref notFound);
                    }
                    else if (page >= 0 && response.StatusCode == HttpStatusCode.OK && Torn(body, page) is { } problem)
                    {
                        torn.Enqueue($"{path}: {problem}");
                    }
                }
                catch (HttpRequestException e)
                {
                    errors.Enqueue($"{path}: {e.Message}");
                }
            }
        })).ToList();

        // The editors: every half second, one change in turn (edit, add, delete, break, fix).
        var changes = 0;
        var added = new Queue<int>();
        var broken = -1;
        while (!stop.IsCancellationRequested)
        {
            var page = changes % Pages;
            switch (changes % 5)
            {
                case 0:
                    WritePage(page, ++generations[page]);
                    break;
                case 1:
                    added.Enqueue(changes);
                    _content.Write($"ajout-{changes}.md", $"---\ntitre: Ajout {changes}\n---\nAjouté.\n");
                    break;
                case 2:
                    if (added.Count > 1)
                    {
                        File.Delete(_content.PathOf($"ajout-{added.Dequeue()}.md"));
                    }

                    break;
                case 3:
                    broken = page;
                    Atomic($"page-{page}.md", $"---\ntitre: [Page {page} cassée\n---\nCorps cassé.\n");
                    break;
                default:
                    if (broken >= 0)
                    {
                        WritePage(broken, ++generations[broken]);
                        broken = -1;
                    }

                    break;
            }

            changes++;
            try
            {
                await Task.Delay(Step, stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(load);
        var elapsed = clock.Elapsed;

        // Still alive, and the last version of each page arrives.
        var last = generations.Select((generation, page) => (page, generation)).ToList();
        foreach (var (page, generation) in last)
        {
            await WaitForAsync(client, page, generation);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        output.WriteLine($"{served} requests in {elapsed.TotalSeconds:0.0} s ({served / elapsed.TotalSeconds:0} per second) by {Clients} clients, " +
            $"{changes} content changes; {notFound} answers 404 (deleted or broken pages); {errors.Count} errors, {torn.Count} torn or mixed pages");
        // Timers tick in whole milliseconds: the run may end a hair before the stopwatch's 20 s.
        Assert.True(elapsed >= Duration - TimeSpan.FromMilliseconds(50), $"ran {elapsed}");
        Assert.True(served > 0);
        Assert.True(errors.IsEmpty, string.Join('\n', errors.Take(20)));
        Assert.True(torn.IsEmpty, string.Join('\n', torn.Take(20)));
    }

    private static (string Path, int Page) Pick(Random random)
    {
        var page = random.Next(Pages);
        return random.Next(10) switch
        {
            < 7 => ($"/page-{page}", page),
            7 => ("/", -1),
            8 => ($"/ajout-{random.Next(200)}", -1),
            _ => ("/healthz", -1),
        };
    }

    /// <summary>What is wrong with a page body: its title and body generations differ, or it is another page.</summary>
    private static string? Torn(string body, int page)
    {
        var title = TitleMarker().Match(body);
        var text = BodyMarker().Match(body);
        if (!title.Success || !text.Success)
        {
            return "markers missing";
        }

        if (title.Groups[1].Value != page.ToString(System.Globalization.CultureInfo.InvariantCulture) || text.Groups[1].Value != title.Groups[1].Value)
        {
            return $"another page (title {title.Groups[1].Value}, body {text.Groups[1].Value})";
        }

        return title.Groups[2].Value == text.Groups[2].Value
            ? null
            : $"title generation {title.Groups[2].Value}, body generation {text.Groups[2].Value}";
    }

    private void WritePage(int page, int generation) =>
        Atomic($"page-{page}.md", $"---\ntitre: Page {page} version {generation}\n---\nCorps de la page {page}, version {generation}.\n");

    /// <summary>Writes a whole file at once, as git does (a new file renamed over the old one).</summary>
    private void Atomic(string relative, string text)
    {
        var temporary = _content.PathOf($".{relative}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, _content.PathOf(relative), overwrite: true);
    }

    private static async Task WaitForAsync(HttpClient client, int page, int generation)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string body;
        do
        {
            body = await client.GetStringAsync(new Uri($"/page-{page}", UriKind.Relative));
            if (body.Contains($"version {generation}.", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"page {page} never showed generation {generation}:\n{body}");
    }
}
