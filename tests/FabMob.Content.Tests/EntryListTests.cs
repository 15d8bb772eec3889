namespace FabMob.Content.Tests;

public sealed class EntryListTests : IDisposable
{
    private static readonly DateTimeOffset Before = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2031, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ContentSnapshot BuildBlog()
    {
        _tree.Write("blog/ancien.md", "---\ntitre: Ancien\ndate: 2020-01-01\n---\nTexte.\n");
        _tree.Write("blog/recent.md", "---\ntitre: Récent\ndate: 2024-06-01\n---\nTexte.\n");
        _tree.Write("blog/brouillon.md", "---\ntitre: Brouillon\ndate: 2023-01-01\nbrouillon: true\n---\nTexte.\n");
        _tree.Write("blog/programme.md", "---\ntitre: Programmé\ndate: 2030-06-01\n---\nTexte.\n");
        _tree.Write("blog/meme-jour-a.md", "---\ntitre: A\ndate: 2022-03-03\ntags: [vélo]\n---\nTexte.\n");
        _tree.Write("blog/meme-jour-b.md", "---\ntitre: B\ndate: 2022-03-03\ntags: [vélo]\n---\nTexte.\n");
        _tree.Write("blog/plus-tard.md", "---\ntitre: Plus tard\ndate: 2030-06-01\ntags: [vélo]\n---\nTexte.\n");
        return new ContentSnapshotBuilder(new ContentOptions()).Build(_tree.Root);
    }

    private static string[] Titles(IEnumerable<ContentPage> pages) => [.. pages.Select(p => p.Title)];

    [Fact]
    public void A_scheduled_entry_appears_when_its_time_comes_even_after_the_list_was_computed_before()
    {
        var snapshot = BuildBlog();

        Assert.Equal(["Récent", "A", "B", "Ancien"], Titles(snapshot.Published("blog", Before)));
        Assert.Equal(["Plus tard", "Programmé", "Récent", "A", "B", "Ancien"], Titles(snapshot.Published("blog", After)));
        Assert.Equal(["Récent", "A", "B", "Ancien"], Titles(snapshot.Published("blog", Before)));
    }

    [Fact]
    public void The_list_for_one_moment_is_computed_once_and_shared()
    {
        var snapshot = BuildBlog();

        var first = snapshot.Published("blog", Before);
        var again = snapshot.Published("blog", Before.AddDays(1));

        Assert.Same(first, again);
        Assert.NotSame(first, snapshot.Published("blog", After));
    }

    [Fact]
    public void Drafts_are_never_published_but_are_in_the_preview_list()
    {
        var snapshot = BuildBlog();

        Assert.DoesNotContain("Brouillon", Titles(snapshot.Published("blog", After)));
        Assert.Contains("Brouillon", Titles(snapshot.Published("blog", Before, includeUnpublished: true)));
    }

    [Fact]
    public void Index_of_finds_every_entry_including_entries_of_the_same_day()
    {
        var snapshot = BuildBlog();

        foreach (var moment in new[] { Before, After })
        {
            var entries = snapshot.Published("blog", moment);
            for (var i = 0; i < entries.Count; i++)
            {
                Assert.Equal(i, EntryList.IndexOf(entries, entries[i]));
            }
        }
    }

    [Fact]
    public void Index_of_an_entry_not_in_the_list_is_minus_one()
    {
        var snapshot = BuildBlog();
        var draft = snapshot.PagesByUrl["/blog/brouillon"];
        var scheduled = snapshot.PagesByUrl["/blog/programme"];

        Assert.Equal(-1, EntryList.IndexOf(snapshot.Published("blog", After), draft));
        Assert.Equal(-1, EntryList.IndexOf(snapshot.Published("blog", Before), scheduled));
    }

    [Fact]
    public void A_tag_lists_its_scheduled_entry_only_from_its_time()
    {
        var snapshot = BuildBlog();
        var term = snapshot.Tags.Terms["vélo"];

        Assert.Equal(["A", "B"], Titles(term.Published(Before)));
        Assert.Equal(["Plus tard", "A", "B"], Titles(term.Published(After)));
        Assert.Equal(["A", "B"], Titles(term.Published(Before)));
    }
}
