namespace FabMob.Tests.Shared;

/// <summary>A page <c>contenu/{Name}.md</c>.</summary>
internal sealed record AssociationRepositoryPage
{
    public required string SourcePath { get; init; }

    /// <summary>File name without <c>.md</c> (<c>feuille_de_route</c>, <c>mentions-légales-et-données</c>).</summary>
    public required string Name { get; init; }

    /// <summary><c>SlugBuilder.Slugify(Name)</c>.</summary>
    public required string Slug { get; init; }

    /// <summary>The title from front matter or the first heading.</summary>
    public required string Title { get; init; }

    public required bool HasFrontMatter { get; init; }

    public required int WordCount { get; init; }

    public required string LastSentence { get; init; }

    public required IReadOnlyList<AssociationRepositoryPicture> Pictures { get; init; }

    public required IReadOnlyList<AssociationRepositoryLink> Links { get; init; }
}
