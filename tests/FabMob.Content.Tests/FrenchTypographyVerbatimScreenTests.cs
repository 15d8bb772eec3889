using System.Globalization;
using FabMob.Content.Tests.Security;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Tests;

/// <summary>
/// French spacing asks once per paragraph whether any of its text may be left as written
/// (<see cref="FrenchTypographyVerbatimScreen"/>), instead of reading the tags around every literal it changes:
/// the screen never says no where a text is verbatim, and the HTML is byte for byte what the unscreened renderer writes.
/// </summary>
public sealed class FrenchTypographyVerbatimScreenTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static ContainerInline FirstParagraph(string markdown) =>
        Renderer.Parse(markdown).Descendants<ParagraphBlock>().First().Inline!;

    [Theory]
    [InlineData("Le <abbr title=\"Fret ferroviaire\">projet</abbr> : oui ! <br> la suite ?")]
    [InlineData("Un [lien](https://exemple.org/) et *de l'emphase* : « voilà » ; fin ?")]
    [InlineData("Des balises qui ressemblent : <codex>a ?</codex> <prefix> <span class=\"pre\">b !</span> <!-- code -->")]
    public void A_paragraph_without_code_like_tags_or_bare_addresses_holds_no_verbatim_text(string markdown)
    {
        Assert.False(FrenchTypographyVerbatimScreen.MayHoldVerbatimText(FirstParagraph(markdown)));
    }

    [Theory]
    [InlineData("Avant <code>a ?</code> après !")]
    [InlineData("Avant </CODE > après !")]
    [InlineData("*Dans <Pre>une emphase ?*")]
    [InlineData("Texte <kbd>Ctrl ?</kbd>")]
    [InlineData("Texte <samp>x ?</samp>")]
    [InlineData("Texte <script>var a = 1 ; </script>")]
    [InlineData("Texte <style>a { b : c }</style>")]
    [InlineData("Texte <textarea>a ?</textarea>")]
    [InlineData("**Voir www.exemple.org ?**")]
    [InlineData("Voir https://exemple.org/?q=1 ?")]
    public void Code_like_tags_in_any_case_and_bare_addresses_anywhere_in_the_paragraph_send_it_to_the_exact_reading(string markdown)
    {
        Assert.True(FrenchTypographyVerbatimScreen.MayHoldVerbatimText(FirstParagraph(markdown)));
    }

    /// <summary>Pages where French spacing and code-like tags meet, in paragraphs, emphasis, links, lists, tables and headings.</summary>
    private static readonly string[] FrenchPages =
    [
        "Qui ? <code>Qui ?</code> Quoi ! <kbd>a ; b</kbd> « fin »\n",
        "Texte <code>ouvert ? *dans <em>emphase ?</em> suite ?* et </code> après ?\n",
        "*<code>emphase ?</code>* ; [<samp>lien ?</samp> : oui](/a) !\n",
        "- point : <pre>a ? b</pre> ?\n- autre ! <script>x ; y</script> fin ?\n",
        "| a ? | <code>b ?</code> |\n|---|---|\n| c : | <kbd>d !</kbd> e ? |\n",
        "## Titre <code>a ?</code> : suite !\n\nPara www.exemple.org/?a=b ; fin ?\n",
        "Adresse https://exemple.org/x?y=1 ; puis « texte » ! <CODE>A ?</CODE> b ?\n",
        "Ouvert <code> sans fin ? et encore : ici !\n\nParagraphe suivant ? <abbr title=\"x\">oui</abbr> : non !\n",
        "Imbriqué <code><code>a ?</code> b ?</code> c ?\n",
        "Entité &amp; ? <br> « guillemets » <wbr>; fin :\n",
        "Voir www.exemple.org/«x» ici ?\n",
        "*Voir https://exemple.org/a«b»c* et « ceci » !\n",
    ];

    public static IEnumerable<(string Name, string Markdown, bool HardLineBreaks)> Pages()
    {
        foreach (var (markdown, hard) in RawHtmlFastPathTests.Generated())
        {
            yield return ("généré", markdown, hard);
        }

        foreach (var markdown in FrenchPages)
        {
            yield return ("français", markdown, false);
            yield return ("français", markdown, true);
        }

        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "FabMob.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("FabMob.sln not found above the test binaries.");
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.md", SearchOption.AllDirectories)
                     .Where(f => f.Replace('\\', '/').Contains("/Fixtures/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
                     .Order(StringComparer.Ordinal))
        {
            yield return (Path.GetRelativePath(root, file), File.ReadAllText(file), false);
        }
    }

    private static string Html(MarkdownDocument document, bool hardLineBreaks, bool screensParagraphs)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        MarkdownRenderer.Pipeline(hardLineBreaks).Setup(renderer);
        Assert.True(renderer.ObjectRenderers.Replace<FrenchTypographyLiteralRenderer>(new FrenchTypographyLiteralRenderer(screensParagraphs)));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    [Fact]
    public void Screened_and_unscreened_french_spacing_write_the_same_html_byte_for_byte()
    {
        var pages = 0;
        var spaced = 0;
        var failures = new List<string>();
        foreach (var (name, markdown, hard) in Pages())
        {
            var document = Renderer.Parse(markdown, null, hard);
            var screened = Html(document, hard, screensParagraphs: true);
            var unscreened = Html(document, hard, screensParagraphs: false);
            pages++;
            if (screened.Contains(FrenchTypography.NarrowNoBreakSpace, StringComparison.Ordinal) ||
                screened.Contains(FrenchTypography.NoBreakSpace, StringComparison.Ordinal))
            {
                spaced++;
            }

            if (!string.Equals(screened, unscreened, StringComparison.Ordinal))
            {
                failures.Add($"{name}: {markdown}\n  avec : {screened}\n  sans : {unscreened}");
            }
        }

        Assert.True(pages > 500, $"{pages} pages");
        Assert.True(spaced > 50, $"{spaced} pages with French spacing");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void Text_inside_code_tags_is_still_left_as_written_and_text_around_them_still_set()
    {
        var document = Renderer.Parse("Avant ? <code>dedans ?</code> après ?\n");
        var html = Html(document, hardLineBreaks: false, screensParagraphs: true);

        Assert.Contains("Avant\u202F?", html, StringComparison.Ordinal);
        Assert.Contains("dedans ?", html, StringComparison.Ordinal);
        Assert.Contains("après\u202F?", html, StringComparison.Ordinal);
    }
}
