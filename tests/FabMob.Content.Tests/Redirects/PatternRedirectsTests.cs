using FabMob.Content.Redirects;

namespace FabMob.Content.Tests.Redirects;

/// <summary>The association's redirect rules on a real snapshot of a small blog.</summary>
public sealed class PatternRedirectsTests : IDisposable
{
    private const string Covoiturage = "/blog/aller-vers-le-covoiturage-par-l-expérimentation";
    private const string RawName = "Aller vers le covoiturage par l'expérimentation";

    private readonly TempContentTree _tree = new();

    public PatternRedirectsTests()
    {
        _tree.Write("index.md", "---\ntitre: Accueil\n---\nBienvenue.\n");
        _tree.Write("à-propos.md", "---\ntitre: À propos\n---\nTexte.\n");
        _tree.Write("à-propos/travailler.md", "---\ntitre: Travailler\n---\nTexte.\n");
        _tree.Write("blog/_index.md", "---\ntitre: Le blog\n---\nIntro.\n");
        _tree.Write($"blog/2021/{RawName}.md", "---\ntitre: Covoiturage\ndate: 2021-05-04\ncatégories: [articles]\n---\nTexte.\n");
        _tree.Write("blog/2015/genese.md", "---\ntitre: Genèse\ndate: 2015-03-24\naliases: [/blog/les-debuts]\n---\nTexte.\n");
        _tree.Write("blog/2024/secret.md", "---\ntitre: Secret\ndate: 2024-01-01\nbrouillon: true\n---\nTexte.\n");
        _tree.Write("documents/statuts.pdf", "%PDF-1.4");
        Snapshot = new ContentSnapshotBuilder(new ContentOptions()).Build(_tree.Root);
    }

    private ContentSnapshot Snapshot { get; }

    public void Dispose() => _tree.Dispose();

    /// <summary>The rules the association's real site needs (issue 14).</summary>
    private static PatternRedirects Association() => Rules(
        ("/articles/{id}", "/blog/{id}", false),
        ("/articles/{category}/{id}", "/blog/{id}", false),
        ("/{category}/{id}", "/blog/{id}", true),
        ("/blog/mentors", "/blog", false),
        ("/blog/articles", "/blog", false),
        ("/blog/home", "/blog", false),
        ("/blog/tag/{tag}", "/étiquettes/{tag}", false));

    private static PatternRedirects Rules(params (string From, string To, bool IfExists)[] rules) =>
        new(rules.Select(r => PatternRedirect.Create(r.From, r.To, r.IfExists, out var problems) ??
            throw new InvalidOperationException(string.Join(" ", problems))));

    [Theory]
    [InlineData("/articles/" + RawName)]
    [InlineData("/articles/aller-vers-le-covoiturage-par-l-expérimentation")]
    [InlineData("/articles/Aller-Vers-Le-Covoiturage-Par-L-Expérimentation/")]
    [InlineData("/articles/articles/" + RawName)]
    [InlineData("/actualites/" + RawName)]
    public void An_old_address_leads_straight_to_the_canonical_article(string path)
    {
        Assert.Equal(Covoiturage, Association().Resolve(Snapshot, path));
    }

    [Fact]
    public void An_nfd_request_finds_the_same_article()
    {
        Assert.Equal(Covoiturage, Association().Resolve(Snapshot, "/articles/" + RawName.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void A_target_that_is_an_alias_is_followed_to_its_page()
    {
        Assert.Equal("/blog/genese", Association().Resolve(Snapshot, "/articles/les-debuts"));
    }

    [Theory]
    [InlineData("/blog/mentors")]
    [InlineData("/blog/articles")]
    [InlineData("/blog/home")]
    [InlineData("/Blog/Home/")]
    public void Fixed_rules_lead_to_the_blog(string path)
    {
        Assert.Equal("/blog", Association().Resolve(Snapshot, path));
    }

    [Fact]
    public void A_tag_rule_keeps_the_value_for_the_target()
    {
        Assert.Equal("/étiquettes/imaginaires", Association().Resolve(Snapshot, "/blog/tag/imaginaires"));
    }

    [Fact]
    public void A_target_served_by_the_application_is_taken_in_its_canonical_form()
    {
        var resolved = Association().Resolve(Snapshot, "/blog/tag/Vélo",
            target => target == "/étiquettes/Vélo" ? "/étiquettes/vélo" : null);

        Assert.Equal("/étiquettes/vélo", resolved);
    }

    [Theory]
    [InlineData("/rubrique/inconnu")]
    [InlineData("/à-propos/inconnu")]
    public void An_if_exists_rule_does_not_answer_when_its_target_is_missing(string path)
    {
        Assert.Null(Association().Resolve(Snapshot, path));
    }

    [Fact]
    public void An_if_exists_rule_does_not_count_a_page_the_visitor_may_not_see()
    {
        Assert.Equal("/blog/secret", Association().Resolve(Snapshot, "/rubrique/secret"));
        Assert.Null(Association().Resolve(Snapshot, "/rubrique/secret", visible: page => !page.IsDraft));
    }

    [Fact]
    public void An_if_exists_rule_does_not_count_a_file_as_a_page()
    {
        Assert.Null(Rules(("/docs/{name}", "/documents/{name}", true)).Resolve(Snapshot, "/docs/statuts.pdf"));
        Assert.Equal("/documents/statuts.pdf", Rules(("/docs/{name}", "/documents/{name}", false)).Resolve(Snapshot, "/docs/statuts.pdf"));
    }

    [Fact]
    public void A_rule_whose_target_is_answered_by_another_rule_goes_to_the_final_address()
    {
        var rules = Rules(("/vieux/{id}", "/articles/{id}", false), ("/articles/{id}", "/blog/{id}", true));

        Assert.Equal(Covoiturage, rules.Resolve(Snapshot, "/vieux/" + RawName));
    }

    [Fact]
    public void Rules_that_send_each_other_back_answer_nothing_rather_than_loop()
    {
        var rules = Rules(("/a/{id}", "/b/{id}", false), ("/b/{id}", "/a/{id}", false));

        Assert.Null(rules.Resolve(Snapshot, "/a/x"));
        Assert.Null(rules.Resolve(Snapshot, "/b/x"));
    }

    [Fact]
    public void A_rule_whose_target_fits_its_own_source_answers_nothing_for_a_missing_page()
    {
        var rules = Rules(("/{category}/{id}", "/blog/{id}", false));

        Assert.Null(rules.Resolve(Snapshot, "/blog/inconnu"));
        Assert.Equal(Covoiturage, rules.Resolve(Snapshot, "/rubrique/" + RawName));
    }

    [Theory]
    [InlineData("/articles/..%2F..")]
    [InlineData("/articles/a\u0000b")]
    [InlineData("articles/x")]
    [InlineData("")]
    public void Hostile_paths_find_no_page_and_throw_nothing(string path)
    {
        var resolved = Association().Resolve(Snapshot, path);

        Assert.True(resolved is null || resolved.StartsWith("/blog/", StringComparison.Ordinal) && !Snapshot.PagesByUrl.ContainsKey(resolved));
    }

    [Fact]
    public void A_very_long_path_is_not_matched()
    {
        Assert.Null(Association().Resolve(Snapshot, "/articles/" + new string('a', PatternRedirects.MaxPathLength)));
        Assert.Null(Association().Resolve(Snapshot, "/" + string.Join('/', Enumerable.Repeat("a", 5000))));
    }

    [Fact]
    public void Without_rules_nothing_is_answered()
    {
        Assert.Null(PatternRedirects.None.Resolve(Snapshot, "/articles/" + RawName));
    }

    [Theory]
    [InlineData("/articles/{id}", "/blog/{slug}", "To", "utilise « {slug} », que From (« /articles/{id} ») n'a pas.")]
    [InlineData("articles/{id}", "/blog/{id}", "From", "doit commencer par un seul « / »")]
    [InlineData("/blog/x", "/blog/x", "To", "redirige vers elle-même")]
    [InlineData("/blog/x", "https://ailleurs.example/x", "To", "doit commencer par un seul « / »")]
    public void A_wrong_rule_is_refused_naming_its_field(string from, string to, string field, string message)
    {
        Assert.Null(PatternRedirect.Create(from, to, ifExists: false, out var problems));
        Assert.Contains(problems, p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Instances_of_a_rule_come_from_an_address_and_the_free_values()
    {
        var rule = PatternRedirect.Create("/{category}/{id}", "/blog/{id}", ifExists: true, out _)!;

        Assert.Equal(["/articles/genese", "/histoire/genese"], rule.SourcesOf("/blog/genese", ["articles", "histoire"]));
        Assert.Empty(rule.SourcesOf("/à-propos/travailler", ["articles"]));
        Assert.Equal(["/blog/mentors"], PatternRedirect.Create("/blog/mentors", "/blog", false, out _)!.SourcesOf("/blog", []));
    }
}
