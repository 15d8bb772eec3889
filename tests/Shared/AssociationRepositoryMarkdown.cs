using System.Text;

namespace FabMob.Tests.Shared;

/// <summary>
/// Builds one Markdown body the way the association's editors write them, and keeps count of what a test
/// needs: visible words, single-newline line breaks, iframes, pictures and links, the last sentence.
/// </summary>
internal sealed class AssociationRepositoryMarkdown(string sourcePath)
{
    private readonly StringBuilder _markdown = new();
    private readonly List<AssociationRepositoryPicture> _pictures = [];
    private readonly List<AssociationRepositoryLink> _links = [];
    private readonly List<string> _iframeHosts = [];
    private int _wordsAtSelfClosingIframe = -1;

    public string SourcePath { get; } = sourcePath;

    public int Words { get; private set; }

    public int LineBreaks { get; private set; }

    public string LastSentence { get; private set; } = "";

    public bool HasStyleAttribute { get; private set; }

    public IReadOnlyList<AssociationRepositoryPicture> Pictures => _pictures;

    public IReadOnlyList<AssociationRepositoryLink> Links => _links;

    public IReadOnlyList<string> IframeHosts => _iframeHosts;

    public bool HasSelfClosingIframe => _wordsAtSelfClosingIframe >= 0;

    public int WordsAfterSelfClosingIframe => HasSelfClosingIframe ? Words - _wordsAtSelfClosingIframe : 0;

    /// <summary>A piece of inline text: its Markdown and what a reader sees of it.</summary>
    public readonly record struct Inline(string Markdown, string Visible);

    public static Inline Sentence(string text) => new(text, text.Replace("*", "", StringComparison.Ordinal));

    public Inline Link(string text, AssociationRepositoryLinkKind kind, string href, string targetPath, string? targetSlug)
    {
        _links.Add(new AssociationRepositoryLink(SourcePath, kind, href, targetPath, targetSlug));
        return new Inline($"[{text}]({href})", text);
    }

    public void Heading(int level, string text)
    {
        _markdown.Append('#', level).Append(' ').Append(text).Append("\n\n");
        Count(text);
    }

    /// <summary>A paragraph; with <paramref name="lineBreaks"/> its pieces are on lines of their own (single newlines).</summary>
    public void Paragraph(IReadOnlyList<Inline> pieces, bool lineBreaks)
    {
        for (var k = 0; k < pieces.Count; k++)
        {
            if (k > 0)
            {
                _markdown.Append(lineBreaks ? '\n' : ' ');
            }

            _markdown.Append(pieces[k].Markdown);
            Count(pieces[k].Visible);
        }

        if (lineBreaks)
        {
            LineBreaks += pieces.Count - 1;
        }

        _markdown.Append("\n\n");
        LastSentence = pieces[^1].Visible;
    }

    public void List(IReadOnlyList<string> items, bool ordered)
    {
        for (var k = 0; k < items.Count; k++)
        {
            _markdown.Append(ordered ? $"{k + 1}. " : "- ").Append(items[k]).Append('\n');
            Count(items[k]);
        }

        _markdown.Append('\n');
    }

    /// <summary>A picture on a paragraph of its own: <c>![alt](written)</c> or an HTML <c>img</c> (alt text is not counted).</summary>
    public void Picture(string alt, string written, string? repositoryPath, AssociationRepositoryPictureSyntax syntax, string? style = null)
    {
        _pictures.Add(new AssociationRepositoryPicture(SourcePath, written, repositoryPath, syntax));
        if (syntax == AssociationRepositoryPictureSyntax.Html)
        {
            _markdown.Append("<img src=\"").Append(written).Append("\" alt=\"").Append(alt).Append('"');
            if (style is not null)
            {
                _markdown.Append(" style=\"").Append(style).Append('"');
                HasStyleAttribute = true;
            }

            _markdown.Append(" />\n\n");
        }
        else
        {
            _markdown.Append("![").Append(alt).Append("](").Append(written).Append(")\n\n");
        }
    }

    /// <summary>An HTML block whose visible text is <paramref name="visible"/>.</summary>
    public void Html(string html, string visible, bool hasStyle)
    {
        _markdown.Append(html).Append("\n\n");
        Count(visible);
        HasStyleAttribute |= hasStyle;
        LastSentence = visible;
    }

    public void Iframe(string html, string host, bool selfClosing, bool hasStyle)
    {
        _markdown.Append(html).Append("\n\n");
        _iframeHosts.Add(host);
        HasStyleAttribute |= hasStyle;
        if (selfClosing && _wordsAtSelfClosingIframe < 0)
        {
            _wordsAtSelfClosingIframe = Words;
        }
    }

    public void Picture(AssociationRepositoryPicture frontMatterPicture) => _pictures.Insert(0, frontMatterPicture);

    public override string ToString() => _markdown.ToString().TrimEnd('\n') + "\n";

    /// <summary>Words: whitespace-separated tokens that hold a letter or a digit (« : » and « — » alone are not words).</summary>
    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    private void Count(string visible) => Words += CountWords(visible);
}
