using FabMob.Content.Redirects;

namespace FabMob.Content.Tests.Redirects;

public sealed class PathPatternTests
{
    private static PathPattern Parse(string text) =>
        PathPattern.Parse(text, out var problem) ?? throw new InvalidOperationException(problem);

    private static string[] Segments(string path) => path.Trim('/').Split('/');

    [Fact]
    public void A_parameter_takes_exactly_one_non_empty_segment()
    {
        var pattern = Parse("/articles/{id}");

        Assert.Equal("x", pattern.Match(Segments("/articles/x"))?["id"]);
        Assert.Null(pattern.Match(Segments("/articles/x/y")));
        Assert.Null(pattern.Match(Segments("/articles")));
        Assert.Null(pattern.Match(["articles", ""]));
    }

    [Fact]
    public void A_value_keeps_spaces_apostrophes_and_accents_as_decoded()
    {
        var values = Parse("/articles/{category}/{id}").Match(["articles", "mobilité", "Aller vers le covoiturage par l'expérimentation"]);

        Assert.Equal("mobilité", values?["category"]);
        Assert.Equal("Aller vers le covoiturage par l'expérimentation", values?["id"]);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a\u0000b")]
    [InlineData("a\nb")]
    public void Dot_segments_and_control_characters_are_never_values(string value)
    {
        Assert.Null(Parse("/articles/{id}").Match(["articles", value]));
    }

    [Theory]
    [InlineData("blog", "mentors", true)]
    [InlineData("Blog", "Mentors", true)]
    [InlineData("BLOG", "mentors", true)]
    [InlineData("blog", "mentor", false)]
    [InlineData("blogs", "mentors", false)]
    public void Literal_segments_compare_by_slug_as_a_loose_spelling_of_a_page_does(string first, string second, bool matches)
    {
        Assert.Equal(matches, Parse("/blog/mentors").Match([first, second]) is not null);
    }

    [Fact]
    public void Accented_literals_match_their_nfd_spelling()
    {
        Assert.NotNull(Parse("/blog/année/{year}").Match(["blog", "anne\u0301e", "2021"]));
    }

    [Fact]
    public void Expanding_puts_each_value_in_its_segment()
    {
        var target = Parse("/étiquettes/{tag}").Expand(new Dictionary<string, string> { ["tag"] = "vélo électrique" });

        Assert.Equal("/étiquettes/vélo électrique", target);
    }

    [Fact]
    public void Placeholders_are_written_for_a_static_host_with_ascii_literals()
    {
        Assert.Equal("/blog/tag/:tag", Parse("/blog/tag/{tag}").ToPlaceholders());
        Assert.Equal("/%C3%A9tiquettes/:tag", Parse("/étiquettes/{tag}").ToPlaceholders());
        Assert.Equal("/", Parse("/").ToPlaceholders());
    }

    [Theory]
    [InlineData("articles/{id}", "doit commencer par un seul « / »")]
    [InlineData("//evil.example/{id}", "doit commencer par un seul « / »")]
    [InlineData("", "adresse manquante")]
    [InlineData("/a//b", "segment vide")]
    [InlineData("/articles/x-{id}", "occupe un segment entier")]
    [InlineData("/articles/{id}/{id}", "apparaît deux fois")]
    [InlineData("/articles/{é-id}", "nom de paramètre")]
    [InlineData("/articles?x={id}", "ni « ? »")]
    public void A_malformed_pattern_is_refused_with_a_french_reason(string text, string reason)
    {
        Assert.Null(PathPattern.Parse(text, out var problem));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_could_fit_its_own_source_is_seen()
    {
        Assert.True(Parse("/{category}/{id}").Overlaps(Parse("/blog/{id}")));
        Assert.False(Parse("/articles/{id}").Overlaps(Parse("/blog/{id}")));
        Assert.False(Parse("/articles/{category}/{id}").Overlaps(Parse("/blog/{id}")));
    }
}
