namespace FabMob.Content.Tests;

/// <summary>The words of a body for search, from its Markdown tree (raw HTML read by AngleSharp).</summary>
public sealed class BodyTextTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (IReadOnlyList<string> Headings, string Body) TextOf(string markdown)
    {
        var document = Renderer.Parse(markdown);
        Renderer.Render(document, new PageLinkResolver("page.md", new Dictionary<string, string>(StringComparer.Ordinal)));
        Assert.True(Renderer.Text(document).TryRead(out var headings, out var body));
        return (headings, body);
    }

    [Fact]
    public void Headings_are_set_apart_from_the_body_in_order()
    {
        var (headings, body) = TextOf("# Titre\n\nUn **vélo** électrique.\n\n## Le *tramway*\n\nFin.\n\nSous-titre\n---\n");

        Assert.Equal(["Titre", "Le tramway", "Sous-titre"], headings);
        Assert.Equal("Un vélo électrique. Fin.", body);
    }

    [Fact]
    public void Table_cells_list_items_and_quotes_never_run_into_one_another()
    {
        var (_, body) = TextOf("""
            | mot | mot |
            |---|---|
            | vélo | train |

            - un
            - deux
              - trois

            > cité
            > encore

            1. quatre
            """);

        Assert.Equal("mot mot vélo train un deux trois cité encore quatre", body);
    }

    [Fact]
    public void Entities_and_markup_never_leak_into_the_text()
    {
        var (headings, body) = TextOf("## A &amp; B\n\nLe code `<b>gras</b>` &lt;i&gt; et &#233;t&eacute; \\<b\\>.\n");

        Assert.Equal(["A & B"], headings);
        Assert.Equal("Le code <b>gras</b> <i> et été <b>.", body);
        Assert.DoesNotContain("&amp;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_text_is_kept_without_its_address_and_images_are_left_out()
    {
        var (_, body) = TextOf("Voir [le *site*](https://exemple.org/cache) ![photo cachée](p.png) et https://exemple.org/nu ou <https://exemple.org/chevrons>.\n");

        Assert.Equal("Voir le site et https://exemple.org/nu ou https://exemple.org/chevrons.", body);
    }

    [Fact]
    public void Code_blocks_are_indexed_as_written()
    {
        var (_, body) = TextOf("Avant\n\n```yaml\nservice: autopartage\nzone: 42\n```\n\n    indenté ; ici\n\nAprès\n");

        Assert.Equal("Avant service: autopartage zone: 42 indenté ; ici Après", body);
    }

    [Fact]
    public void Raw_html_text_is_indexed_its_headings_apart_its_scripts_and_styles_not()
    {
        var (headings, body) = TextOf("""
            <div class="encart"><p>Bonjour</p><p>le&nbsp;monde</p><h3>Encadré</h3></div>

            <script>var caché = 1;</script>

            <style>p { color: red }</style>

            <!-- commentaire -->

            Un <span>mot</span><br>suivi <script>alert("non")</script>d'un autre.
            """);

        Assert.Equal(["Encadré"], headings);
        Assert.Equal("Bonjour le monde Un mot suivi d'un autre.", body);
    }

    [Fact]
    public void Raw_html_elements_never_run_their_words_together()
    {
        var (_, body) = TextOf("<div>mot</div><div>mot</div><ul><li>un</li><li>deux</li></ul><table><tr><td>a</td><td>b</td></tr></table>\n");

        Assert.Equal("mot mot un deux a b", body);
    }

    [Fact]
    public void Each_block_with_html_tags_among_its_words_gives_its_own_words_once()
    {
        var (headings, body) = TextOf("Premier <abbr title=\"a\">bloc</abbr> rouge\n\n# Titre <em>vert</em>\n\nSecond <span>bloc</span> bleu\n\nTroisième sans balise");

        Assert.Equal(["Titre vert"], headings);
        Assert.Equal("Premier bloc rouge Second bloc bleu Troisième sans balise", body);
    }

    [Fact]
    public void French_spacing_is_set_as_the_page_shows_it()
    {
        var (headings, body) = TextOf("## Qui ?\n\nIl a dit «bonjour» : *vraiment* ?\n");

        // The page's no-break spaces are spaces for search, and guillemets get theirs.
        Assert.Equal(["Qui ?"], headings);
        Assert.Equal("Il a dit « bonjour » : vraiment ?", body);
    }

    [Fact]
    public void A_heading_with_html_tags_keeps_its_words()
    {
        var (headings, _) = TextOf("## Le <em>tramway</em> de <b>Lyon</b>\n");

        Assert.Equal(["Le tramway de Lyon"], headings);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2000)]
    public void Short_and_long_texts_read_back_as_written(int repeat)
    {
        var body = string.Concat(Enumerable.Repeat("Un vélo électrique à Lyon, « oui » ! ", repeat)).Trim();
        var text = new BodyText(["Première partie", "Deuxième"], body);

        Assert.True(text.TryRead(out var headings, out var read));
        Assert.Equal(["Première partie", "Deuxième"], headings);
        Assert.Equal(body, read);
        Assert.True(new BodyText([], "").TryRead(out var none, out var empty));
        Assert.Empty(none);
        Assert.Equal("", empty);
    }

    [Fact]
    public void Released_text_can_no_longer_be_read()
    {
        var document = Renderer.Parse("Un mot.\n");
        var text = Renderer.Text(document);
        text.Release();

        Assert.True(text.IsReleased);
        Assert.False(text.TryRead(out var headings, out var body));
        Assert.Empty(headings);
        Assert.Equal("", body);
    }

    [Fact]
    public void Pages_carry_their_text_unless_the_options_turn_it_off()
    {
        using var tree = new TempContentTree();
        tree.Write("page.md", "# Page\n\n## Partie\n\nCorps du texte.\n");

        var page = new ContentSnapshotBuilder(new ContentOptions()).Build(tree.Root).Pages.Single();
        var without = new ContentSnapshotBuilder(new ContentOptions { CollectBodyText = false }).Build(tree.Root).Pages.Single();

        Assert.True(page.Text!.TryRead(out var headings, out var body));
        Assert.Equal(["Page", "Partie"], headings);
        Assert.Equal("Corps du texte.", body);
        Assert.Null(without.Text);
    }
    [Fact]
    public void Whitespace_is_collapsed_across_the_pieces_of_the_text_as_plain_text_collapses_it()
    {
        // Appended a character at a time, forty times over: a builder of many chunks, runs of spaces cut between two of them.
        string[][] bodies =
        [
            ["  ", " début", " \t", "\n ", "mot", "  ", "\u00A0", "fin ", "  "],
            ["a", " ", " ", "b", "\r\n", "\r\n", "c"],
            [" ", " ", " "],
            [],
            ["é", "t", "é", " \u202F", "?", " ", "« ", "x", " »", "\t"],
        ];
        foreach (var pieces in bodies)
        {
            var builder = new System.Text.StringBuilder(1, 1 << 20);
            for (var round = 0; round < 40; round++)
            {
                foreach (var piece in pieces)
                {
                    foreach (var c in piece)
                    {
                        builder.Append(c);
                    }
                }
            }

            var expected = PlainText.Collapse(builder.ToString());
            Assert.True(new BodyText(["Titre", "Partie"], builder).TryRead(out var headings, out var body));
            Assert.Equal(["Titre", "Partie"], headings);
            Assert.Equal(expected, body);
        }
    }

    [Fact]
    public void A_long_text_is_held_compressed_and_read_back_whole()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"mot{i % 37} vélo"));
        var text = new BodyText(["Titre"], words);

        Assert.True(text.TryGetStored(out var length, out var bytes));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount("Titre\0" + words), length);
        Assert.True(bytes.Length < length / 4, $"{bytes.Length} bytes held for {length}");
        Assert.True(text.TryRead(out var headings, out var body));
        Assert.Equal(["Titre"], headings);
        Assert.Equal(words, body);
    }
}
