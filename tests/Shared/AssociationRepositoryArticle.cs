namespace FabMob.Tests.Shared;

/// <summary>One generated article under <c>contenu/articles/YYYY/</c>.</summary>
internal sealed record AssociationRepositoryArticle
{
    /// <summary><c>contenu/articles/2019/Nom brut.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>File name without <c>.md</c>: the real site's address is <c>/blog/{RawName}</c>.</summary>
    public required string RawName { get; init; }

    /// <summary><c>SlugBuilder.Slugify(RawName)</c> (no article sets <c>slug:</c>).</summary>
    public required string Slug { get; init; }

    public required int Year { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>The date as written in front matter (<c>2023-10-9</c>, <c>'24-03-2015'</c>…).</summary>
    public required string DateWritten { get; init; }

    public required string Title { get; init; }

    /// <summary>Tags as the front matter means them (empty for <c>tags: []</c>, <c>tags:</c> or none).</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    public required AssociationRepositoryCoverKind CoverKind { get; init; }

    /// <summary>The <c>image:</c> value as written; null without one.</summary>
    public string? CoverWritten { get; init; }

    /// <summary>Repository path of the cover file (front matter's own or the default cover); null for none or a URL.</summary>
    public string? CoverPath { get; init; }

    /// <summary>The cover a card shows: <c>/</c> + <see cref="CoverPath"/> (not encoded), or the full URL; null for none.</summary>
    public string? CoverUrl { get; init; }

    /// <summary>Words of the visible text (headings, paragraphs, lists, link texts), front matter and HTML attributes excluded.</summary>
    public required int WordCount { get; init; }

    /// <summary>The last sentence of the body: it must be on the rendered page.</summary>
    public required string LastSentence { get; init; }

    /// <summary>Single newlines inside paragraphs (remark-breaks line breaks).</summary>
    public required int LineBreaks { get; init; }

    /// <summary>Host of each iframe, in body order.</summary>
    public required IReadOnlyList<string> IframeHosts { get; init; }

    /// <summary>Whether an iframe is written <c>&lt;iframe … /&gt;</c> with text after it.</summary>
    public required bool HasSelfClosingIframe { get; init; }

    /// <summary>Visible words after the first self-closing iframe (0 without one).</summary>
    public required int WordsAfterSelfClosingIframe { get; init; }

    /// <summary>Whether the body has a <c>style="…"</c> attribute.</summary>
    public required bool HasStyleAttribute { get; init; }

    public required bool Crlf { get; init; }

    public required bool Bom { get; init; }

    /// <summary>Pictures named by the front matter and the body.</summary>
    public required IReadOnlyList<AssociationRepositoryPicture> Pictures { get; init; }

    /// <summary>Links from the body to other articles, pages and documents.</summary>
    public required IReadOnlyList<AssociationRepositoryLink> Links { get; init; }

    public bool HasCover => CoverKind != AssociationRepositoryCoverKind.None;

    public bool HasImaginairesTag => Tags.Contains(AssociationRepository.ImaginairesTag);
}
