using System.Net;
using System.Text;
using AngleSharp.Dom;
using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Association;

/// <summary>
/// The association's repository as it is, plus only <c>docs/exemples/fabmob.io/</c>, serves as the real
/// site: its articles and pages at their real addresses, its pictures, its data pages, its old
/// addresses, its look; <c>check</c> passes and nothing written is lost.
/// </summary>
public sealed class AssociationRepositoryServingTests(AssociationSite site) : IClassFixture<AssociationSite>
{
    private HttpClient Client => site.Client;

    private async Task<IDocument> PageAsync(string path)
    {
        var (response, document) = await Html.GetAsync(Client, Html.Encode(path));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} → {(int)response.StatusCode}");
        return document;
    }

    private async Task AssertRedirectAsync(string path, string location)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{path} → {(int)response.StatusCode}");
        Assert.Equal(location, Uri.UnescapeDataString(response.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Every_article_answers_at_its_slug_and_by_its_raw_file_name_with_a_redirect()
    {
        foreach (var article in site.Manifest.Articles)
        {
            var page = await PageAsync("/blog/" + article.Slug);
            Assert.Contains(Normalize(article.Title), Normalize(page.QuerySelector("main h1")!.TextContent), StringComparison.Ordinal);
            if (article.RawName != article.Slug)
            {
                await AssertRedirectAsync(Html.Encode("/blog/" + article.RawName) + "?utm_source=lettre", $"/blog/{article.Slug}?utm_source=lettre");
            }
        }
    }

    [Fact]
    public async Task Every_page_of_contenu_answers_at_its_real_address()
    {
        foreach (var entry in site.Manifest.Pages)
        {
            await PageAsync("/à-propos/" + entry.Slug);
            if (entry.Slug != entry.Name)
            {
                await AssertRedirectAsync(Html.Encode("/à-propos/" + entry.Name), "/à-propos/" + entry.Slug);
            }
        }
    }

    [Fact]
    public async Task No_article_or_page_shows_less_text_than_its_source()
    {
        foreach (var article in site.Manifest.Articles)
        {
            AssertTextKept("/blog/" + article.Slug, await PageAsync("/blog/" + article.Slug), article.WordCount, article.LastSentence);
        }

        foreach (var entry in site.Manifest.Pages)
        {
            AssertTextKept("/à-propos/" + entry.Slug, await PageAsync("/à-propos/" + entry.Slug), entry.WordCount, entry.LastSentence);
        }
    }

    private static void AssertTextKept(string path, IDocument page, int sourceWords, string lastSentence)
    {
        var prose = page.QuerySelector("main .prose")!.TextContent;
        var text = Normalize(prose);
        var words = CountWords(prose);
        Assert.True(words >= sourceWords, $"{path}: {words} words shown, {sourceWords} in the source");
        Assert.Contains(Normalize(lastSentence), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blog_cards_show_a_cover_at_least_as_often_as_the_real_site_and_every_cover_loads()
    {
        var cards = 0;
        var covers = new List<string>();
        foreach (var list in new[] { "/blog", "/étiquettes/imaginaires" })
        {
            for (var number = 1; ; number++)
            {
                using var response = await Client.GetAsync(new Uri(Html.Encode(number == 1 ? list : $"{list}/page/{number}"), UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    break;
                }

                var page = Html.Parse(await response.Content.ReadAsStringAsync());
                foreach (var card in page.QuerySelectorAll("article.carte"))
                {
                    cards++;
                    if (card.QuerySelector("img")?.GetAttribute("src") is { } src)
                    {
                        covers.Add(src);
                    }
                }
            }
        }

        Assert.Equal(site.Manifest.Articles.Count, cards);
        Assert.True(covers.Count >= 167, $"{covers.Count} covers on {cards} cards");
        foreach (var cover in covers.Where(c => c.StartsWith('/')).Distinct())
        {
            using var response = await Client.GetAsync(new Uri(cover, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{cover} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task No_internal_link_or_picture_of_any_page_answers_404()
    {
        var pages = new List<string> { "/", "/blog", "/activités/événements", "/activités/communs", "/activités/publications",
            "/participer/mecenat", "/à-propos/nous", "/à-propos/adherents_et_partenaires", "/à-propos/adherents_et_partenaires/partenaires" };
        pages.AddRange(site.Manifest.Articles.Select(a => "/blog/" + a.Slug));
        pages.AddRange(site.Manifest.Pages.Select(p => "/à-propos/" + p.Slug));
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in pages)
        {
            var page = await PageAsync(path);
            foreach (var element in page.QuerySelectorAll("main a[href], main img[src]"))
            {
                var target = element.GetAttribute(element.LocalName == "a" ? "href" : "src")!;
                if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal))
                {
                    targets.Add(target.Split('#')[0]);
                }
            }
        }

        using var following = site.Factory.CreateClient();
        var broken = new List<string>();
        foreach (var target in targets.Where(t => t.Length > 0))
        {
            using var response = await following.GetAsync(new Uri(target, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{target} → {(int)response.StatusCode}");
            }
        }

        Assert.True(targets.Count > 300, $"only {targets.Count} internal targets found");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task Pictures_and_documents_are_served_at_their_repository_path_and_sources_never()
    {
        foreach (var picture in site.Manifest.Pictures.Concat(site.Manifest.Documents))
        {
            using var response = await Client.GetAsync(new Uri(Html.Encode("/" + picture), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/{picture} → {(int)response.StatusCode}");
        }

        foreach (var hidden in site.Manifest.IgnoredFiles.Concat(site.Manifest.DataFiles)
                     .Concat(site.Manifest.Articles.Take(5).Select(a => a.SourcePath)).Append("site.yaml").Append("accueil.md"))
        {
            using var response = await Client.GetAsync(new Uri(Html.Encode("/" + hidden), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"/{hidden} → {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_real_sites_old_addresses_redirect_to_the_article_with_the_query_kept()
    {
        var article = site.Manifest.Articles[10];
        await AssertRedirectAsync(Html.Encode("/articles/" + article.RawName) + "?utm_medium=mail", $"/blog/{article.Slug}?utm_medium=mail");
        await AssertRedirectAsync(Html.Encode("/articles/mobilité/" + article.RawName), $"/blog/{article.Slug}");
        await AssertRedirectAsync(Html.Encode("/actualites/" + article.RawName), $"/blog/{article.Slug}");
        foreach (var old in new[] { "/blog/mentors", "/blog/articles", "/blog/home" })
        {
            await AssertRedirectAsync(old, "/blog");
        }

        using var unknown = await Client.GetAsync(new Uri("/articles/n-existe-pas", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Year_lists_and_the_tag_list_answer_and_the_blog_leaves_out_imaginaires()
    {
        foreach (var year in site.Manifest.Articles.Where(a => !a.HasImaginairesTag).Select(a => a.Year).Distinct())
        {
            var page = await PageAsync($"/blog/année/{year}");
            Assert.NotEmpty(page.QuerySelectorAll("article.carte"));
        }

        await AssertRedirectAsync("/blog/tag/imaginaires", "/étiquettes/imaginaires");
        var imaginaires = await PageAsync("/étiquettes/imaginaires");
        Assert.Equal(site.Manifest.Articles.Count(a => a.HasImaginairesTag), imaginaires.QuerySelectorAll("article.carte").Length);
        var blog = await PageAsync("/blog");
        var imaginairesTitles = site.Manifest.Articles.Where(a => a.HasImaginairesTag).Select(a => Normalize(a.Title)).ToHashSet();
        Assert.DoesNotContain(blog.QuerySelectorAll("article.carte h3"), h => imaginairesTitles.Contains(Normalize(h.TextContent)));
    }

    [Fact]
    public async Task The_data_pages_show_the_fields_of_their_files()
    {
        var team = await PageAsync("/à-propos/nous");
        var teamText = Normalize(team.QuerySelector("main")!.TextContent);
        foreach (var member in site.Manifest.Members.Where(m => m.Group is "L'équipe" or "Le conseil d'administration" or "Coopérateurs"))
        {
            Assert.Contains(Normalize(member.Name), teamText, StringComparison.Ordinal);
        }

        var members = await PageAsync("/à-propos/adherents_et_partenaires");
        Assert.Equal(site.Manifest.Members.Count(m => m.Group == "Adherents" && m.Image is not null), members.QuerySelectorAll("main img").Length);
        var partners = await PageAsync("/à-propos/adherents_et_partenaires/partenaires");
        Assert.NotEmpty(partners.QuerySelectorAll("main a[href^='http']"));

        var events = Normalize((await PageAsync("/activités/événements")).QuerySelector("main")!.TextContent);
        foreach (var entry in site.Manifest.Events)
        {
            Assert.Contains(Normalize(entry.Title), events, StringComparison.Ordinal);
        }

        var communs = Normalize((await PageAsync("/activités/communs")).QuerySelector("main")!.TextContent);
        foreach (var id in site.Manifest.Communs)
        {
            // The wiki is not reachable from the tests: each commun shows its readable name.
            Assert.Contains(Normalize(Uri.UnescapeDataString(id).Replace('_', ' ')), communs, StringComparison.Ordinal);
        }

        var publications = Normalize((await PageAsync("/activités/publications")).QuerySelector("main")!.TextContent);
        Assert.All(site.Manifest.Publications, p => Assert.Contains(Normalize(p.Date), publications, StringComparison.Ordinal));

        var missions = await PageAsync("/participer/mecenat");
        foreach (var mission in site.Manifest.Missions)
        {
            Assert.NotNull(missions.GetElementById(mission.Id));
        }

        // A mission's commun is a wiki page id (`Mon_Compte_Mobilité`): shown by its readable title.
        Assert.All(missions.QuerySelectorAll("main dd, main option"), value => Assert.DoesNotContain("_", value.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_home_page_the_logo_and_the_colours_are_the_associations()
    {
        var home = await PageAsync("/");
        Assert.Contains("/images/fabmob_cmjn1.svg", home.QuerySelector("header img")?.GetAttribute("src") ?? "", StringComparison.Ordinal);
        Assert.NotEmpty(home.QuerySelectorAll("main article.carte"));
        var theme = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("theme", StringComparison.Ordinal));
        var css = await Client.GetStringAsync(new Uri(theme, UriKind.Relative));
        foreach (var colour in new[] { "#5eb8e0", "#97b837", "#ffe000", "#d2ce00", "#9dcdd7" })
        {
            Assert.Contains(colour, css, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Check_passes_on_the_repository()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await CheckCommand.RunAsync([$"--Site:ContentPath={site.Root}"], output, errors);

        Assert.True(status == CheckCommand.Success, output + errors.ToString());
        Assert.Contains(" 0 erreur,", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_writes_articles_data_pages_pictures_and_redirects()
    {
        using var target = TempSite.Empty();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await ExportCommand.RunAsync([target.Root, $"--Site:ContentPath={site.Root}"], output, errors);

        Assert.True(status == 0, output + errors.ToString());
        var article = site.Manifest.Articles[3];
        Assert.True(File.Exists(target.PathOf($"blog/{article.Slug}/index.html")));
        Assert.True(File.Exists(target.PathOf("à-propos/nous/index.html")));
        Assert.True(File.Exists(target.PathOf("activités/communs/index.html")));
        Assert.True(File.Exists(target.PathOf(site.Manifest.Pictures[0])));
        Assert.False(File.Exists(target.PathOf("site.yaml")));
        var redirects = await File.ReadAllTextAsync(target.PathOf("_redirects"));
        Assert.Contains("/blog/mentors /blog 301", redirects, StringComparison.Ordinal);
    }

    /// <summary>Text as a reader compares it: letters and digits in lower case, every run of anything else one space (typography aside).</summary>
    private static string Normalize(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Words as the generator counts them: whitespace-separated tokens that hold a letter or a digit.</summary>
    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));
}
