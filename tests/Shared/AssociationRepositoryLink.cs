namespace FabMob.Tests.Shared;

/// <summary>A link written in a body to another file of the repository.</summary>
/// <param name="SourcePath">The file the link is in.</param>
/// <param name="Kind">How it is written.</param>
/// <param name="Href">The destination as written.</param>
/// <param name="TargetPath">The repository file it leads to (an article, a page, a document).</param>
/// <param name="TargetSlug">The slug of the target's file name (the article's <c>/blog/{slug}</c>); null for a document.</param>
internal sealed record AssociationRepositoryLink(string SourcePath, AssociationRepositoryLinkKind Kind, string Href, string TargetPath, string? TargetSlug);
