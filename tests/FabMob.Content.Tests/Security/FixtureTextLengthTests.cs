using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;

namespace FabMob.Content.Tests.Security;

/// <summary>
/// No text is lost in rendering: for every Markdown file of the repository's test fixtures and of
/// <c>content/</c>, the rendered page has at least as many words as its source.
/// </summary>
/// <remarks>
/// The measure. Source words: the body (front matter left out) read as HTML by an HTML5 parser, so that raw
/// HTML tags and comments count for nothing, then the words of its text outside elements whose content is never
/// shown (<c>script</c>, <c>style</c>, <c>iframe</c>, <c>noscript</c>, <c>template</c>, <c>textarea</c>,
/// <c>title</c>), a word being a run of non-space characters holding a letter or a digit (so Markdown's
/// <c>#</c>, <c>-</c>, <c>*</c>, <c>&gt;</c>, <c>|</c> count for nothing), less what Markdown shows as no text:
/// images (<c>![…](…)</c>), link targets (<c>](url)</c>) and link reference definitions (<c>[x]: url</c>). Rendered words: the words of the
/// rendered page's text, measured the same way. Markdown syntax attached to a word (<c>**gras**</c>,
/// <c>[lien](url)</c>) leaves one word on each side.
/// </remarks>
public sealed class FixtureTextLengthTests
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "noscript", "template", "textarea", "title",
    };

    public static TheoryData<string> Files()
    {
        var root = RepositoryRoot();
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.md", SearchOption.AllDirectories)
                     .Where(f => f.Replace('\\', '/').Contains("/Fixtures/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
                     .Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        }

        return files;
    }

    [Fact]
    public void The_fixtures_are_found()
    {
        Assert.True(Files().Count > 40);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_rendered_page_has_every_word_of_its_source(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), file)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = Body(text);
        var renderer = new MarkdownRenderer();
        var html = renderer.Render(renderer.Parse(body), new PageLinkResolver(file, new Dictionary<string, string>()));

        var source = SourceWords(SourceWithoutInvisibleMarkdown(body));
        var rendered = RenderedWords(html);

        var missing = source.GroupBy(w => w).Select(g => (Word: g.Key, Lost: g.Count() - rendered.Count(r => r == g.Key))).Where(x => x.Lost > 0);
        Assert.True(rendered.Count >= source.Count,
            $"{file}: {rendered.Count} words rendered for {source.Count} in the source; fewer times: {string.Join(", ", missing.Select(x => $"{x.Word} ×{x.Lost}"))}");
    }

    [Fact]
    public void The_measure_sees_text_lost_after_a_self_closing_iframe_read_as_a_browser_reads_it()
    {
        // What a browser (and the former sanitiser) did with the real article: the iframe swallows the rest.
        const string Body = "Avant.\n\n<iframe src=\"https://www.slideshare.net/x\" />\n\nun deux trois quatre cinq\n";
        var swallowed = "<p>Avant.</p>\n";

        Assert.Equal(6, SourceWords(SourceWithoutInvisibleMarkdown(Body)).Count);
        Assert.Single(RenderedWords(swallowed));
    }

    /// <summary>Words of the text of rendered <paramref name="html"/> (parsed as a browser does) outside elements whose content is never shown.</summary>
    private static List<string> RenderedWords(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        var words = new List<string>();
        foreach (var node in document.Body!.Descendants<IText>())
        {
            if (!node.Ancestors<IElement>().Any(e => Hidden.Contains(e.LocalName)))
            {
                words.AddRange(WordsOf(node.Data));
            }
        }

        return words;
    }

    /// <summary>
    /// Words of the Markdown source outside HTML tags, read by the HTML tokenizer kept in its data state (no
    /// element swallows what follows it): comments and tags count for nothing, nor what is written between the
    /// start and end tags of an element whose content is never shown; a self-closing tag has no content.
    /// </summary>
    private static List<string> SourceWords(string markdown)
    {
        var tokenizer = new HtmlTokenizer(new AngleSharp.Text.TextSource(markdown), AngleSharp.Html.HtmlEntityProvider.Resolver);
        var words = new List<string>();
        string? hiddenUntil = null;
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            switch (token)
            {
                case HtmlTagToken { Type: HtmlTokenType.StartTag } tag when hiddenUntil is null && Hidden.Contains(tag.Name) && !tag.IsSelfClosing:
                    hiddenUntil = tag.Name;
                    break;
                case HtmlTagToken { Type: HtmlTokenType.EndTag } tag when tag.Name == hiddenUntil:
                    hiddenUntil = null;
                    break;
                case { Type: HtmlTokenType.Character } text when hiddenUntil is null:
                    words.AddRange(WordsOf(text.Data));
                    break;
            }
        }

        return words;
    }

    private static IEnumerable<string> WordsOf(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit));

    /// <summary>The body less images, link targets and link reference definitions, which Markdown shows as no text.</summary>
    private static string SourceWithoutInvisibleMarkdown(string body)
    {
        var lines = body.Split('\n').Where(line => !IsReferenceDefinition(line));
        var text = string.Join('\n', lines);
        var kept = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            // ![alt](target): skipped up to the closing parenthesis of its target.
            if (text[i] == '!' && i + 1 < text.Length && text[i + 1] == '[')
            {
                var close = text.IndexOf("](", i, StringComparison.Ordinal);
                var end = close < 0 ? -1 : text.IndexOf(')', close);
                if (end > 0)
                {
                    kept.Append(' ');
                    i = end + 1;
                    continue;
                }
            }

            // [text](target): the target is an address, not text.
            if (text[i] == ']' && i + 1 < text.Length && text[i + 1] == '(')
            {
                var end = text.IndexOf(')', i);
                if (end > 0)
                {
                    kept.Append("] ");
                    i = end + 1;
                    continue;
                }
            }

            kept.Append(text[i]);
            i++;
        }

        return kept.ToString();
    }

    private static bool IsReferenceDefinition(string line)
    {
        var trimmed = line.TrimStart();
        var close = trimmed.IndexOf("]:", StringComparison.Ordinal);
        return trimmed.StartsWith('[') && close > 1 && !trimmed.StartsWith("[^", StringComparison.Ordinal);
    }

    /// <summary>The Markdown after the front matter (between a first line <c>---</c> and the next).</summary>
    private static string Body(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return text;
        }

        var next = text.IndexOf('\n', end + 4);
        return next < 0 ? "" : text[(next + 1)..];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
