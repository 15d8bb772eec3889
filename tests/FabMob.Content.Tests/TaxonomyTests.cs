namespace FabMob.Content.Tests;

public sealed class TaxonomyTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ContentSnapshot Build() => new ContentSnapshotBuilder(new ContentOptions()).Build(_tree.Root);

    [Fact]
    public void A_term_lists_its_pages_newest_first_each_once_labelled_with_its_most_used_spelling()
    {
        _tree.Write("blog/a.md", "---\ntitre: A\ndate: 2021-05-01\ntags: [Vélo, vélo]\n---\nTexte.\n");
        _tree.Write("blog/b.md", "---\ntitre: B\ndate: 2023-01-01\ntags: [vélo]\n---\nTexte.\n");
        _tree.Write("blog/d.md", "---\ntitre: D\ndate: 2022-01-01\ntags: [vélo]\n---\nTexte.\n");
        _tree.Write("blog/c.md", "---\ntitre: C\ndate: 2022-01-01\ntags: [\"vélo \"]\n---\nTexte.\n");
        _tree.Write("page.md", "---\ntitre: Page\ntags: [Vélo]\n---\nTexte.\n");

        var term = Build().Tags.Terms["vélo"];

        Assert.Equal(["B", "C", "D", "A", "Page"], term.Pages.Select(p => p.Title));
        Assert.Equal("vélo", term.Label);
    }

    [Fact]
    public void Spellings_used_as_often_are_labelled_by_the_first_in_ordinal_order_and_a_term_without_letters_is_ignored()
    {
        _tree.Write("blog/a.md", "---\ntitre: A\ndate: 2021-05-01\ncatégories: [mobilité, \"!!!\"]\n---\nTexte.\n");
        _tree.Write("blog/b.md", "---\ntitre: B\ndate: 2023-01-01\ncatégories: [Mobilité]\n---\nTexte.\n");

        var categories = Build().Categories;

        Assert.Equal(["mobilité"], categories.Terms.Keys);
        Assert.Equal("Mobilité", categories.Terms["mobilité"].Label);
        Assert.Equal(["B", "A"], categories.Terms["mobilité"].Pages.Select(p => p.Title));
    }

    [Fact]
    public void Sorting_newest_first_on_keys_gives_the_comparer_s_order_whatever_the_input_order()
    {
        _tree.Write("blog/a.md", "---\ndate: 2021-05-01\n---\nA.\n");
        _tree.Write("blog/b.md", "---\ndate: 2023-01-01T10:00:00+02:00\n---\nB.\n");
        _tree.Write("blog/c.md", "---\ndate: 2023-01-01T09:00:00+01:00\n---\nC, même instant que B.\n");
        _tree.Write("blog/d.md", "---\ndate: 2022-01-01\n---\nD.\n");
        _tree.Write("blog/e.md", "Sans date.\n");
        _tree.Write("f.md", "Sans date non plus.\n");
        var pages = Build().Pages;
        var expected = pages.Order(NewestFirst.Instance).Select(p => p.SourcePath).ToList();
        var random = new Random(7);

        for (var i = 0; i < 20; i++)
        {
            var shuffled = pages.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, NewestFirst.Sort(shuffled).Select(p => p.SourcePath));
        }

        Assert.Equal(["blog/b.md", "blog/c.md", "blog/d.md", "blog/a.md", "blog/e.md", "f.md"], expected);
    }
}
