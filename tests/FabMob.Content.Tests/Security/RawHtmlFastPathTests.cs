using System.Text;
using AngleSharp.Dom;
using Markdig.Syntax;

namespace FabMob.Content.Tests.Security;

/// <summary>
/// The fast path for plain phrasing tags (<see cref="RawHtmlFastPath"/>) against the full sanitiser, on the same
/// inputs: for every page the fast path takes, its HTML read by an HTML5 parser is the same tree (elements,
/// attributes, text) as the full sanitiser's, and the full sanitiser reports nothing on it; hostile pages never take it.
/// </summary>
public sealed class RawHtmlFastPathTests
{
    private static readonly MarkdownRenderer Fast = new();
    private static readonly MarkdownRenderer Full = new() { SanitizesEveryRawHtmlPage = true };

    private static readonly Dictionary<string, string> Pages = new(StringComparer.Ordinal) { ["autre.md"] = "/autre" };

    private sealed record Outcome(bool TookFastPath, string FastHtml, string FullHtml, List<RawHtmlFinding> FullFindings);

    private static Outcome Compare(string markdown, bool hardLineBreaks = false)
    {
        var fastDocument = Fast.Parse(markdown, null, hardLineBreaks);
        var fastHtml = Fast.Render(fastDocument, new PageLinkResolver("page.md", Pages));
        var took = fastDocument.Descendants().Any(node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline)
                   && RawHtmlFastPath.Accepts(fastDocument);
        var findings = new List<RawHtmlFinding>();
        var fullDocument = Full.Parse(markdown, null, hardLineBreaks);
        var fullHtml = Full.Render(fullDocument, new PageLinkResolver("page.md", Pages), sanitized: findings);
        return new Outcome(took, fastHtml, fullHtml, findings);
    }

    /// <summary>A tree as a browser builds it: element names with their namespace, attributes sorted, text and comments as read.</summary>
    private static string Tree(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        var text = new StringBuilder();
        Write(document.Body!, text);
        return text.ToString();
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IElement element:
                    text.Append('<').Append(element.NamespaceUri == NamespaceNames.HtmlUri ? "" : element.NamespaceUri + ":").Append(element.LocalName);
                    foreach (var attribute in element.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
                    {
                        text.Append(' ').Append(attribute.Name).Append("=[").Append(attribute.Value).Append(']');
                    }

                    text.Append('>');
                    Write(element, text);
                    text.Append("</").Append(element.LocalName).Append('>');
                    break;
                case IText textNode:
                    text.Append('{').Append(textNode.Data).Append('}');
                    break;
                case IComment comment:
                    text.Append("<!--").Append(comment.Data).Append("-->");
                    break;
            }
        }
    }

    // --- The generated set -------------------------------------------------------------------------------------

    private static readonly string[] AttributeForms =
    [
        "", " title=\"Fret ferroviaire\"", " title=\"l'équipe ’\"", " title=\"\"", " lang=\"en\"", " dir=\"rtl\"", " class=\"note\"",
        " id=\"ici\"", " datetime=\"2021-03-04\"", " title=\"javascript:alert(1)\"", " title=\"a\" lang=\"fr\" class=\"x y\"",
        "  title=\"deux espaces\"  ", " title=\"a\" title=\"b\"", " TITLE=\"a\"", " title='a'", " title=a", " title=\"a&quot;b\"",
        " title=\"a&#34; onmouseover=&#34;x\"", " title=\"a\"onmouseover=\"alert(1)\"", " href=\"https://exemple.org/\"",
        " src=\"/x.png\"", " style=\"color:red\"", " onclick=\"alert(1)\"", " onmouseover=alert(1)", " title=\"a`b\"",
        " title=\"a\u0001b\"", "\ttitle=\"tab\"", "\ntitle=\"ligne\"", " title=\"a\" /", " cite=\"https://exemple.org/\"",
        " hidden", " data-x=\"1\"", " aria-label=\"x\"", " title=\"<b>\"", " title=\"a>b\"",
    ];

    private static readonly string[] ElementNames =
    [
        "abbr", "b", "bdi", "bdo", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
        "sub", "sup", "time", "u", "var", "a", "button", "font", "p", "div", "script", "style", "iframe", "textarea", "title",
        "img", "svg", "math", "table", "li", "select", "noscript", "template", "xmp", "plaintext", "nobr", "big", "tt", "strike",
        "ins", "del", "label", "object", "marquee", "abbr-x", "spanx",
    ];

    private static readonly string[] Structures =
    [
        "Texte <{0}>mot</{0}> fin.",
        "Texte <{0}>mot fin.",
        "Texte mot</{0}> fin.",
        "Texte <{0}>mot\n\nautre</{0}> paragraphe.",
        "Texte <{0}><i>mot</{0}></i> fin.",
        "Texte <{0}><{0}>mot</{0}></{0}> fin.",
        "Texte *<{0}>mot*</{0}> fin.",
        "Texte <{0}>*mot</{0}>* fin.",
        "Texte *<{0}>mot</{0}>* fin.",
        "[<{0}>lien</{0}>](autre.md) fin.",
        "<{0}>[lien</{0}>](autre.md) fin.",
        "![<{0}>image</{0}>](/i.png) fin.",
        "`<{0}>code</{0}>` et <{0}>mot</{0}>.",
        "<{0}>Ligne\nsuivante</{0}> fin.",
        "<{0}>\nmot</{0}> fin.",
        "<{0}>mot</{0}>",
        "# Titre <{0}>mot</{0}>",
        "- un <{0}>mot</{0}>\n- deux</{0}>",
        "> cité <{0}>mot</{0}>\n\nFin.",
        "| a | b |\n|---|---|\n| <{0}>c</{0}> | d |",
        "| a | b |\n|---|---|\n| <{0}>c | d</{0}> |",
        "Texte <{0}>mot</{0} > fin.",
        "Texte <{0} >mot</{0}> fin.",
        "Texte <{0}/>mot fin.",
        "Texte <{0} />mot</{0}> fin.",
        "Texte <{0}>a <b>b</b> c</{0}> fin.",
        "Texte <{0}>a\u00a0«\u00a0b\u00a0» ?</{0}> fin.",
        "Texte <{0}>&lt;script&gt; &amp; &quot;</{0}> fin.",
        "Texte <{0}>mot</{0}><br>suite",
    ];

    private static readonly string[] VoidForms =
    [
        "<br>", "<br/>", "<br />", "<br  />", "<br / >", "</br>", "<BR>", "<br\n>", "<br\t>", "<br/ onload=\"alert(1)\">",
        "<br onload=\"alert(1)\">", "<br title=\"x\">", "<br title=\"x\"/>", "<br class=\"c\" />", "<wbr>", "<wbr/>", "</wbr>",
        "<br clear=\"all\">", "<br/x>", "<br//>", "<br/ >",
    ];

    private static readonly string[] MarkdownContexts =
    [
        "Un [lien](https://exemple.org/a?b=c&d=e) et {0}.",
        "Un [lien](http://exemple.org/) et {0}.",
        "Un [lien](mailto:a@exemple.org) et {0}.",
        "Un [lien](tel:+33100000000) et {0}.",
        "Un [lien](ftp://exemple.org/) et {0}.",
        "Un [lien](irc://exemple.org/) et {0}.",
        "Un [lien](notes:2020) et {0}.",
        "Un [lien](?q=a:b) et {0}.",
        "Un [lien](#ancre:1) et {0}.",
        "Un [lien](/chemin/a:b) et {0}.",
        "Un [lien](autre.md) et {0}.",
        "Un [lien](x&#58;y) et {0}.",
        "Un [lien](javascript:alert(1)) et {0}.",
        "Un [lien](JAVASCRIPT:alert(1)) et {0}.",
        "Une <https://exemple.org/> et {0}.",
        "Une <ftp://exemple.org/> et {0}.",
        "Une <a@exemple.org> et {0}.",
        "Un lien nu https://exemple.org/x et {0}.",
        "Un lien nu www.exemple.org et {0}.",
        "Une ![image](/i.png \"titre\") et {0}.",
        "Une ![image](https://exemple.org/i.png) et {0}.",
        "Une ![vidéo](https://www.youtube.com/watch?v=abc) et {0}.",
        "Une ![vidéo](/film.mp4) et {0}.",
        "Une ![image](data:image/png;base64,iVBORw0KGgo=) et {0}.",
        "Texte {0} avec attributs.\n{#ici .note}",
        "Texte {0}.\n{style=\"color:red\"}",
        "Texte {0}.\n{data-x=1}",
        "Texte {0}.\n{onclick=\"alert(1)\"}",
        "# Titre {#titre}\n\nTexte {0}.",
        "[lien](https://exemple.org/){rel=nofollow} et {0}.",
        "- [x] fait {0}\n- [ ] à faire",
        "Math $x^2$ et {0}.",
        "> [!NOTE]\n> Note {0}.",
        ":::encart\nTexte {0}.\n:::",
        "Terme\n:   Définition {0}.",
        "^^^\n![image](/i.png)\n^^^ Légende {0}.",
        "\"\"Une citation\"\" et {0}.",
        "^^ Pied {0}.",
        "```mermaid\ngraph TD;\n```\n\nTexte {0}.",
        "*[HTML]: Hyper Text\n\nLe HTML et {0}.",
        "| a | b |\n|:--|--:|\n| {0} | d |",
        "+---+---+\n| a | b |\n+===+===+\n| {0} | d |\n+---+---+",
        "Texte {0}[^1].\n\n[^1]: Note.",
        "~~barré~~ ++inséré++ ==marqué== H~2~O 2^10^ et {0}.",
        "Texte \"guillemets\" & esperluette < inférieur et {0}.",
        "Titre\n=====\n\nTexte {0}.",
        "1. un {0}\n2. deux",
        "    code indenté <b>\n\nTexte {0}.",
        "[<button>Adhérez !</button>](https://exemple.org/adhesion) et {0}.",
        "<button>Adhérez !</button> et {0}.",
        "Texte {0}  \nfin de ligne dure.",
        "Texte {0}\\\nfin de ligne dure.",
        "Texte {0}\nligne suivante.",
        "<!-- commentaire --> et {0}.",
        "<div>bloc</div>\n\nTexte {0}.",
        "Texte {0} <?php echo 1; ?>.",
        "Texte {0} <![CDATA[x]]>.",
        "Texte {0} <!DOCTYPE html>.",
        "Une ![image](/i.png){width=100} et {0}.",
        "Une ![vidéo](https://vimeo.com/123456) et {0}.",
        "Une ![vidéo](//www.youtube.com/watch?v=abc) et {0}.",
        "Une ![son](https://exemple.org/son.mp3) et {0}.",
        "Un [lien](https://exemple.org/ \"titre\") et {0}.",
        "Un [lien][ref] et {0}.\n\n[ref]: https://exemple.org/r",
        "Un [lien][ref] et {0}.\n\n[ref]: ftp://exemple.org/r",
    ];

    /// <summary>Several hundred pages: every listed element with every attribute form, structures, void tags, and Markdown around them.</summary>
    public static IEnumerable<(string Markdown, bool HardLineBreaks)> Generated()
    {
        foreach (var name in ElementNames)
        {
            foreach (var attributes in AttributeForms)
            {
                yield return ($"Texte <{name}{attributes}>mot</{name}> fin.\n", false);
            }
        }

        foreach (var name in ElementNames)
        {
            foreach (var structure in Structures)
            {
                yield return (structure.Replace("{0}", name, StringComparison.Ordinal) + "\n", false);
            }
        }

        foreach (var form in VoidForms)
        {
            yield return ($"Une ligne{form}la suivante.\n", false);
            yield return ($"Une <abbr title=\"x\">ligne{form}</abbr> la suivante.\n", false);
        }

        foreach (var context in MarkdownContexts)
        {
            foreach (var tag in new[] { "<abbr title=\"Fret ferroviaire\">projet</abbr>", "<br>", "<em>mot</em>", "aucune balise" })
            {
                var markdown = context.Replace("{0}", tag, StringComparison.Ordinal) + "\n";
                yield return (markdown, false);
                yield return (markdown, true);
            }
        }
    }

    [Fact]
    public void Every_generated_page_the_fast_path_takes_is_the_same_tree_as_the_full_sanitisers_with_nothing_reported()
    {
        var taken = 0;
        var refused = 0;
        var failures = new List<string>();
        foreach (var (markdown, hardLineBreaks) in Generated())
        {
            var outcome = Compare(markdown, hardLineBreaks);
            if (!outcome.TookFastPath)
            {
                refused++;
                continue;
            }

            taken++;
            var fast = Tree(outcome.FastHtml);
            var full = Tree(outcome.FullHtml);
            if (fast != full || outcome.FullFindings.Count > 0)
            {
                failures.Add($"{markdown.TrimEnd()} (lignes dures : {hardLineBreaks})\n  rapide : {fast}\n  complet : {full}\n  " +
                             string.Join(" ; ", outcome.FullFindings.Select(f => f.Message)));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} pages of {taken} taken differ:\n{string.Join('\n', failures.Take(40))}");
        // Both sides of the decision are exercised by hundreds of pages.
        Assert.True(taken > 300, $"{taken} taken");
        Assert.True(refused > 1000, $"{refused} refused");
    }

    [Theory]
    [InlineData("<br>")]
    [InlineData("<br/>")]
    [InlineData("<br />")]
    [InlineData("<wbr>")]
    [InlineData("<abbr title=\"Fret ferroviaire\">")]
    [InlineData("</abbr>")]
    [InlineData("<abbr title=\"l’équipe d'ici\">")]
    [InlineData("<span  class=\"a b\"  id=\"c\" >")]
    [InlineData("<time datetime=\"2021-03-04\" lang=\"fr\" dir=\"ltr\">")]
    [InlineData("<q title=\"\">")]
    public void A_plain_phrasing_tag_is_read(string tag) => Assert.NotNull(PlainPhrasingTag.Read(tag));

    [Theory]
    [InlineData("<BR>")]
    [InlineData("<Abbr>")]
    [InlineData("</br>")]
    [InlineData("</wbr>")]
    [InlineData("<br / >")]
    [InlineData("<br//>")]
    [InlineData("<br/x>")]
    [InlineData("<br/ onload=\"alert(1)\">")]
    [InlineData("<abbr/>")]
    [InlineData("<abbr />")]
    [InlineData("</abbr >")]
    [InlineData("</abbr title=\"x\">")]
    [InlineData("<abbr\ttitle=\"x\">")]
    [InlineData("<abbr\ntitle=\"x\">")]
    [InlineData("<abbr title=\"a\"onmouseover=\"alert(1)\">")]
    [InlineData("<abbr title=\"a\" title=\"b\">")]
    [InlineData("<abbr title=a>")]
    [InlineData("<abbr title='a'>")]
    [InlineData("<abbr title>")]
    [InlineData("<abbr title =\"a\">")]
    [InlineData("<abbr TITLE=\"a\">")]
    [InlineData("<abbr title=\"a&quot; onclick=&quot;b\">")]
    [InlineData("<abbr title=\"&#106;avascript:x\">")]
    [InlineData("<abbr title=\"a`b\">")]
    [InlineData("<abbr title=\"a<b\">")]
    [InlineData("<abbr title=\"a>b\">")]
    [InlineData("<abbr title=\"a\u0000b\">")]
    [InlineData("<abbr title=\"a\u0085b\">")]
    [InlineData("<abbr title=\"a\">x")]
    [InlineData("<abbr title=\"a\"")]
    [InlineData("<span style=\"color:red\">")]
    [InlineData("<span onclick=\"x\">")]
    [InlineData("<q cite=\"https://exemple.org/\">")]
    [InlineData("<span data-x=\"1\">")]
    [InlineData("<span hidden>")]
    [InlineData("<bdo dir=\"rtl\">")]
    [InlineData("<a href=\"https://exemple.org/\">")]
    [InlineData("<abbr-x>")]
    [InlineData("<spanx>")]
    [InlineData("<script>")]
    [InlineData("<!-- x -->")]
    [InlineData("<?php x ?>")]
    [InlineData("<![CDATA[x]]>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<>")]
    [InlineData("</>")]
    public void Anything_else_is_not_a_plain_phrasing_tag(string tag) => Assert.Null(PlainPhrasingTag.Read(tag));

    [Theory]
    [InlineData("Texte <br title=\"x\" onload=\"alert(1)\"> fin.")]
    [InlineData("Texte <abbr title=\"a\"onmouseover=\"alert(1)\">x</abbr> fin.")]
    [InlineData("Texte <abbr title=a onmouseover=alert(1)>x</abbr> fin.")]
    [InlineData("Texte <abbr title='a' onmouseover='alert(1)'>x</abbr> fin.")]
    [InlineData("Texte <abbr title=\"a&quot; onmouseover=&quot;alert(1)\">x</abbr> fin.")]
    [InlineData("Texte <b onclick=\"alert(1)\">x</b> fin.")]
    [InlineData("Texte <span style=\"background:url(javascript:alert(1))\">x</span> fin.")]
    [InlineData("Texte <a href=\"javascript:alert(1)\">x</a> fin.")]
    [InlineData("Texte <img src=x onerror=alert(1)> fin.")]
    [InlineData("Texte <script>alert(1)</script> fin.")]
    [InlineData("Texte <svg onload=alert(1)></svg> fin.")]
    [InlineData("Texte <math><mi>x</mi></math> fin.")]
    [InlineData("Texte <iframe src=\"https://exemple.org/\"></iframe> fin.")]
    [InlineData("Texte <textarea><b>x</b></textarea> fin.")]
    [InlineData("Texte <title><img src=x onerror=alert(1)></title> fin.")]
    [InlineData("Texte <noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript> fin.")]
    [InlineData("Texte <style><img src=x onerror=alert(1)></style> fin.")]
    [InlineData("Texte <!-- <img src=x onerror=alert(1)> --> fin.")]
    [InlineData("Texte <!--> <img src=x onerror=alert(1)> fin.")]
    [InlineData("Texte <?php <img src=x onerror=alert(1)> ?> fin.")]
    [InlineData("Texte <![CDATA[<img src=x onerror=alert(1)>]]> fin.")]
    [InlineData("Texte <b>ouvert jamais fermé.")]
    [InlineData("Texte </b> fermé jamais ouvert.")]
    [InlineData("Texte <b>ouvert\n\nfermé</b> plus loin.")]
    [InlineData("Texte <b><i>croisés</b></i> fin.")]
    [InlineData("Texte *<b>coupé*</b> par l'emphase.")]
    [InlineData("<b>[coupé</b>](https://exemple.org/) par le lien.")]
    [InlineData("Texte <B>majuscules</B> fin.")]
    [InlineData("Texte <abbr\ntitle=\"x\">nouvelle ligne</abbr> fin.")]
    [InlineData("Texte <abbr title=\"x\">y</abbr> puis un bloc.\n\n<div onclick=\"x\">bloc</div>")]
    [InlineData("Texte </br> fin.")]
    [InlineData("Texte <abbr/>fin.")]
    [InlineData("Texte <br> et [lien](ftp://exemple.org/) fin.")]
    [InlineData("Texte <br> et ![image](https://exemple.org/film.mp4) fin.")]
    [InlineData("Texte <br> et bloc.\n{onclick=\"alert(1)\" data-x=\"1\"}")]
    [InlineData("> [!NOTE]\n> Note <br>.")]
    public void Hostile_or_unusual_raw_html_never_takes_the_fast_path(string markdown)
    {
        var document = Fast.Parse(markdown + "\n");
        Fast.Render(document, new PageLinkResolver("page.md", Pages));

        Assert.Contains(document.Descendants(), node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline);
        Assert.False(RawHtmlFastPath.Accepts(document));
    }

    [Fact]
    public void A_page_with_only_plain_phrasing_tags_is_written_as_markdig_writes_it_not_read_back_by_the_sanitiser()
    {
        // The sanitiser writes out the tree it parsed: <br> and a plain quote. Markdig writes <br /> and &quot;.
        var outcome = Compare("Le <abbr title=\"Fret ferroviaire\">projet</abbr> \"suivi\"  \npar un comité.<br>\n");

        Assert.True(outcome.TookFastPath);
        Assert.Equal("<p>Le <abbr title=\"Fret ferroviaire\">projet</abbr> &quot;suivi&quot;<br />\npar un comité.<br></p>\n", outcome.FastHtml);
        Assert.Equal("<p>Le <abbr title=\"Fret ferroviaire\">projet</abbr> \"suivi\"<br>\npar un comité.<br></p>\n", outcome.FullHtml);
    }

    [Fact]
    public void The_bench_articles_raw_html_takes_the_fast_path_and_gives_the_full_sanitisers_tree()
    {
        // What 4,414 of the bench's 10,004 pages hold, with the button link of the founding pages and the Markdown around it.
        const string Markdown = """
            Le fret ferroviaire n'est pas une solution miracle. Le détail est dans la [documentation](https://wiki.exemple.org/wiki/Projet_6591).

            ## Les chiffres

            > On ne change pas les mobilités sans changer la façon de travailler ensemble.

            ```sh
            curl -sSfL https://transport.data.gouv.fr/api/datasets -o jeux.json
            ```

            - [x] Cartographie de l'existant
            - [ ] Passage à l'échelle

            Le <abbr title="Fret ferroviaire">projet</abbr> est suivi par un comité ouvert.<br>
            Configuration type :

            Voir aussi [l'association](/à-propos) et [un article voisin](autre.md).

            [<button>Adhérez !</button>](https://www.helloasso.com/associations/la-fabrique-des-mobilites)
            """;

        var outcome = Compare(Markdown);

        Assert.True(outcome.TookFastPath);
        Assert.Equal(Tree(outcome.FullHtml), Tree(outcome.FastHtml));
        Assert.Empty(outcome.FullFindings);
        Assert.Contains("<abbr title=\"Fret ferroviaire\">projet</abbr>", outcome.FastHtml, StringComparison.Ordinal);
        Assert.Contains("class=\"bouton\"", outcome.FastHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_cache_written_by_another_commit_is_not_reused_since_its_key_names_the_commit()
    {
        // Pages cached by the code before the fast path hold the full sanitiser's HTML (same tree, other bytes): the
        // cache's header keys the product version, which the SDK builds as "version+commit" from git, and the content
        // library's module version id, which the compiler derives from the code (the same key without git).
        var product = FabMob.Content.PageCache.RenderingInputs.Product;
        var module = typeof(FabMob.Content.PageCache.RenderingInputs).Module.ModuleVersionId.ToString("N");

        Assert.Matches("^[0-9.]+\\+[0-9a-f]{40}/[0-9a-f]{32}$", product);
        Assert.EndsWith("/" + module, product, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_reads_the_same_words_on_the_tree_as_when_every_block_with_tags_was_rendered_and_read_back()
    {
        var compared = 0;
        var failures = new List<string>();
        // Read on the tree, a block with plain tags gives the words a block without tags gives: math as written
        // (x^2, not \(x^2\)) and no footnote number. Those two pages are left out; every other must read the same.
        foreach (var (markdown, hardLineBreaks) in Generated().Where(page => !page.Markdown.Contains('$', StringComparison.Ordinal) &&
                                                                              !page.Markdown.Contains("[^", StringComparison.Ordinal)))
        {
            var fast = Fast.Parse(markdown, null, hardLineBreaks);
            Fast.Render(fast, new PageLinkResolver("page.md", Pages));
            var full = Full.Parse(markdown, null, hardLineBreaks);
            Full.Render(full, new PageLinkResolver("page.md", Pages));
            Assert.True(Fast.Text(fast).TryRead(out var fastHeadings, out var fastBody));
            Assert.True(Full.Text(full).TryRead(out var fullHeadings, out var fullBody));
            compared++;
            if (fastBody != fullBody || !fastHeadings.SequenceEqual(fullHeadings))
            {
                failures.Add($"{markdown.TrimEnd()}\n  arbre : {string.Join(" | ", fastHeadings)} / {fastBody}\n  relu : {string.Join(" | ", fullHeadings)} / {fullBody}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {compared} differ:\n{string.Join('\n', failures.Take(40))}");
        Assert.True(compared > 3000, $"{compared} compared");
    }
}
