using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FabMob.Web.Publishing;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Publishing;

/// <summary>
/// <c>POST /_publish</c> against real git: a bare origin, an editor's clone that pushes, and the
/// site's own clone, pulled by the site when a correctly signed push delivery arrives.
/// </summary>
public sealed class PublishWebhookTests : IDisposable
{
    private const string Secret = "un-secret-de-test-assez-long-0123456789";

    private readonly ITestOutputHelper _output;
    private readonly GitRepositories _git = new();
    private SiteFactory? _factory;

    public PublishWebhookTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task A_signed_github_push_brings_the_pushed_page_online()
    {
        var client = Site().CreateRawClient();
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/nouvelle")).StatusCode);
        var pushed = _git.CommitAndPush("nouvelle.md", "---\ntitre: Nouvelle page\n---\n\nPoussée depuis git.\n", "Nouvelle page");

        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(GitHubDelivery("push", PushBody(pushed)));
        var status = await StatusOf(response);
        var page = await Get(client, "/nouvelle");
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("publié", status.GetProperty("statut").GetString());
        Assert.Contains(pushed[..12], status.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, status.GetProperty("erreurs").GetInt32());
        // Online as soon as the delivery has its answer: the site rebuilt its snapshot after the pull.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Poussée depuis git.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(pushed, _git.ContentHead);
        Assert.Contains(_factory!.Logs.Entries, e => e.Message.StartsWith("git pull : ", StringComparison.Ordinal));
        _output.WriteLine($"webhook to page served: {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task An_unsigned_or_wrongly_signed_delivery_gets_401_and_changes_nothing()
    {
        var client = Site().CreateRawClient();
        var before = _git.ContentHead;
        var pushed = _git.CommitAndPush("intruse.md", "# Intruse\n", "Page intruse");
        var body = PushBody(pushed);

        var attempts = new List<HttpRequestMessage>
        {
            Delivery(body, ("X-GitHub-Event", "push")),
            Delivery(body, ("X-GitHub-Event", "push"), ("X-Hub-Signature-256", "sha256=" + new string('0', 64))),
            Delivery(body, ("X-GitHub-Event", "push"), ("X-Hub-Signature-256", "sha256=" + Hex(Encoding.UTF8.GetBytes(body), "un autre secret"))),
            // The right signature without its sha256= prefix, and a signature of another body.
            Delivery(body, ("X-GitHub-Event", "push"), ("X-Hub-Signature-256", Hex(Encoding.UTF8.GetBytes(body), Secret))),
            Delivery(body, ("X-GitHub-Event", "push"), ("X-Hub-Signature-256", "sha256=" + Hex(Encoding.UTF8.GetBytes(body + " "), Secret))),
            Delivery(body, ("X-Gitea-Event", "push"), ("X-Gitea-Signature", "pas-de-l-hexadecimal")),
            Delivery(body, ("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Token", Secret + "x")),
            Delivery(body, ("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Token", "")),
        };
        foreach (var attempt in attempts)
        {
            var response = await client.SendAsync(attempt);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("refusé", (await StatusOf(response)).GetProperty("statut").GetString());
        }

        Assert.Equal(before, _git.ContentHead);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/intruse")).StatusCode);
        Assert.False(File.Exists(Path.Combine(_git.Content, "intruse.md")));
        Assert.DoesNotContain(_factory!.Logs.Entries, e => e.Message.Contains("git pull", StringComparison.Ordinal));
        Assert.Equal(attempts.Count, _factory.Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("refusé", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Gitea")]
    [InlineData("Forgejo")]
    [InlineData("GitLab")]
    public async Task Gitea_forgejo_and_gitlab_deliveries_are_accepted(string forge)
    {
        var client = Site().CreateRawClient();
        var pushed = _git.CommitAndPush("forge.md", $"# Depuis {forge}\n", "Page de forge");
        var body = PushBody(pushed);
        var signature = Hex(Encoding.UTF8.GetBytes(body), Secret);
        var request = forge switch
        {
            // Gitea sends its own headers and GitHub's event header; Forgejo also sends Gitea's.
            "Gitea" => Delivery(body, ("X-Gitea-Event", "push"), ("X-GitHub-Event", "push"), ("X-Gitea-Delivery", "d-1"), ("X-Gitea-Signature", signature)),
            "Forgejo" => Delivery(body, ("X-Forgejo-Event", "push"), ("X-Forgejo-Delivery", "d-2"), ("X-Forgejo-Signature", signature)),
            _ => Delivery(body, ("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Event-UUID", "d-3"), ("X-Gitlab-Token", Secret)),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("publié", (await StatusOf(response)).GetProperty("statut").GetString());
        Assert.Equal(pushed, _git.ContentHead);
        Assert.Contains($"Depuis {forge}", await (await Get(client, "/forge")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ping", "ok")]
    [InlineData("issues", "ignoré")]
    public async Task Only_push_events_pull(string gitHubEvent, string expected)
    {
        var client = Site().CreateRawClient();
        var before = _git.ContentHead;
        _git.CommitAndPush("plus-tard.md", "# Plus tard\n", "Pas encore");

        var response = await client.SendAsync(GitHubDelivery(gitHubEvent, "{\"zen\":\"Keep it logically awesome.\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await StatusOf(response)).GetProperty("statut").GetString());
        Assert.Equal(before, _git.ContentHead);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/plus-tard")).StatusCode);
    }

    [Fact]
    public async Task A_push_with_nothing_new_answers_up_to_date()
    {
        var client = Site().CreateRawClient();

        var response = await client.SendAsync(GitHubDelivery("push", PushBody(_git.ContentHead)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("à jour", (await StatusOf(response)).GetProperty("statut").GetString());
    }

    [Fact]
    public async Task A_clone_that_cannot_fast_forward_gets_409_in_french_and_git_output_goes_to_the_log()
    {
        var client = Site().CreateRawClient();
        GitRepositories.Commit(_git.Content, "locale.md", "# Modifiée sur le serveur\n", "Modification locale");
        var local = _git.ContentHead;
        var pushed = _git.CommitAndPush("divergente.md", "# Divergente\n", "Branche divergente");

        var response = await client.SendAsync(GitHubDelivery("push", PushBody(pushed)));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var status = JsonDocument.Parse(text).RootElement;
        Assert.Equal("échec", status.GetProperty("statut").GetString());
        Assert.Contains("divergé", status.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("fatal", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Equal(local, _git.ContentHead);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(client, "/divergente")).StatusCode);
        Assert.Contains(_factory!.Logs.Entries, e => e.Level == LogLevel.Error
            && e.Message.Contains("Not possible to fast-forward", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_git_gets_502_in_french()
    {
        var client = Site(new() { ["Publish:Git"] = Path.Combine(_git.Root, "pas-de-git") }).CreateRawClient();

        var response = await client.SendAsync(GitHubDelivery("push", PushBody("0")));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("échec", JsonDocument.Parse(text).RootElement.GetProperty("statut").GetString());
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_git.Root, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_git_that_hangs_is_stopped_at_the_time_limit_and_gets_504()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // The stand-in for a hanging git is a shell script.
        }

        var hanging = Path.Combine(_git.Root, "git-bloque");
        File.WriteAllText(hanging, "#!/bin/sh\nsleep 60\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var client = Site(new() { ["Publish:Git"] = hanging, ["Publish:GitTimeoutSeconds"] = "1" }).CreateRawClient();

        var clock = Stopwatch.StartNew();
        var response = await client.SendAsync(GitHubDelivery("push", PushBody("0")));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("échec", (await StatusOf(response)).GetProperty("statut").GetString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Concurrent_deliveries_are_pulled_one_at_a_time()
    {
        var client = Site().CreateRawClient();
        var pushed = _git.CommitAndPush("concurrente.md", "# Concurrente\n", "Concurrente");

        var responses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            client.SendAsync(GitHubDelivery("push", PushBody(pushed), delivery: $"livraison-{i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (await StatusOf(r)).GetProperty("statut").GetString()));
        Assert.Equal(1, statuses.Count(s => s == "publié"));
        Assert.Equal(4, statuses.Count(s => s == "à jour"));
        // Each pull ends before the next one starts.
        var pulls = _factory!.Logs.Entries
            .Where(e => e.Category == typeof(ContentPuller).FullName && e.Message.StartsWith("Publication livraison-", StringComparison.Ordinal))
            .Select(e => e.Message)
            .ToList();
        Assert.Equal(10, pulls.Count);
        for (var i = 0; i < pulls.Count; i += 2)
        {
            var delivery = pulls[i].Split(' ')[1];
            Assert.Contains("git pull", pulls[i], StringComparison.Ordinal);
            Assert.StartsWith($"Publication {delivery} terminée", pulls[i + 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_without_pulling()
    {
        var client = Site().CreateRawClient();
        var body = "{\"x\":\"" + new string('a', 1024 * 1024) + "\"}";

        var response = await client.SendAsync(GitHubDelivery("push", body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(_factory!.Logs.Entries, e => e.Message.Contains("git pull", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_secret_the_endpoint_does_not_exist()
    {
        _factory = new SiteFactory(_git.Content);
        var client = _factory.CreateRawClient();

        var post = await client.SendAsync(GitHubDelivery("push", PushBody(_git.ContentHead)));
        var get = await Get(client, "/_publish");

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Contains("Page introuvable", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redelivered_push_is_published_once()
    {
        var client = Site().CreateRawClient();
        var pushed = _git.CommitAndPush("une-fois.md", "# Une fois\n", "Une fois");

        var first = await StatusOf(await client.SendAsync(GitHubDelivery("push", PushBody(pushed), "livraison-unique")));
        var again = await client.SendAsync(GitHubDelivery("push", PushBody(pushed), "livraison-unique"));

        Assert.Equal("publié", first.GetProperty("statut").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("déjà traité", (await StatusOf(again)).GetProperty("statut").GetString());
        Assert.Single(_factory!.Logs.Entries, e => e.Message.StartsWith("git pull : ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Identical_deliveries_arriving_together_are_pulled_once()
    {
        const int Copies = 8;
        var client = Site().CreateRawClient();
        var pushed = _git.CommitAndPush("ensemble.md", "# Ensemble\n", "Ensemble");
        using var start = new SemaphoreSlim(0, Copies);

        var sending = Enumerable.Range(0, Copies).Select(async _ =>
        {
            var request = GitHubDelivery("push", PushBody(pushed), "livraison-rejouée");
            await start.WaitAsync();
            return await client.SendAsync(request);
        }).ToList();
        start.Release(Copies);
        var responses = await Task.WhenAll(sending);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (await StatusOf(r)).GetProperty("statut").GetString()));
        _output.WriteLine($"{Copies} identical deliveries: " + string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}×{g.Count()}")));
        Assert.Equal(1, statuses.Count(s => s == "publié"));
        Assert.Equal(Copies - 1, statuses.Count(s => s == "déjà traité"));
        Assert.Single(_factory!.Logs.Entries, e => e.Category == typeof(ContentPuller).FullName
            && e.Message.StartsWith("Publication livraison-rejouée : git pull", StringComparison.Ordinal));
        Assert.Equal(pushed, _git.ContentHead);
    }

    [Fact]
    public async Task A_delivery_whose_pull_failed_is_pulled_again_when_redelivered()
    {
        var client = Site().CreateRawClient();
        GitRepositories.Commit(_git.Content, "locale.md", "# Modifiée sur le serveur\n", "Modification locale");
        var pushed = _git.CommitAndPush("reprise.md", "# Reprise\n", "Reprise");

        var failed = await client.SendAsync(GitHubDelivery("push", PushBody(pushed), "livraison-reprise"));
        // Someone repairs the server's clone, then the forge redelivers the same push.
        GitRepositories.Git(_git.Content, "reset", "--quiet", "--hard", "HEAD~1");
        var again = await client.SendAsync(GitHubDelivery("push", PushBody(pushed), "livraison-reprise"));

        Assert.Equal(HttpStatusCode.Conflict, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("publié", (await StatusOf(again)).GetProperty("statut").GetString());
        Assert.Equal(pushed, _git.ContentHead);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "/reprise")).StatusCode);
    }

    [Fact]
    public async Task Deliveries_past_the_rate_limit_get_429()
    {
        var client = Site(new Dictionary<string, string?> { ["Publish:PermitsPerMinute"] = "2" }).CreateRawClient();
        var body = PushBody("0000000000000000000000000000000000000000");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.SendAsync(GitHubDelivery("ping", body, $"limite-{i}"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    private SiteFactory Site(Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? []) { ["Publish:Secret"] = Secret };
        _factory = new SiteFactory(_git.Content, settings: values);
        return _factory;
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string path) =>
        client.GetAsync(new Uri(Html.Encode(path), UriKind.Relative));

    private static string PushBody(string after) =>
        $$$"""{"ref":"refs/heads/main","after":"{{{after}}}","repository":{"full_name":"fabmob/contenu"}}""";

    private static HttpRequestMessage GitHubDelivery(string gitHubEvent, string body, string delivery = "72d3162e-cc78-11e3-81ab-4c9367dc0958") =>
        Delivery(body, ("X-GitHub-Event", gitHubEvent), ("X-GitHub-Delivery", delivery),
            ("X-Hub-Signature-256", "sha256=" + Hex(Encoding.UTF8.GetBytes(body), Secret)));

    private static HttpRequestMessage Delivery(string body, params (string Name, string Value)[] headers)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/_publish", UriKind.Relative)) { Content = content };
        request.Headers.UserAgent.ParseAdd("GitHub-Hookshot/044aadd");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static string Hex(byte[] body, string secret) => Convert.ToHexStringLower(WebhookSignature.Mac(secret, body));

    private static async Task<JsonElement> StatusOf(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _git.Dispose();
    }
}
