namespace FabMob.Tests.Shared;

/// <summary>A picture named in a file: as written, and the repository file or outside URL it means.</summary>
/// <param name="SourcePath">The Markdown or YAML file that names it.</param>
/// <param name="Written">The reference as written (relative, <c>/contenu/…</c>, percent-encoded or in <c>&lt;…&gt;</c>, or a URL).</param>
/// <param name="RepositoryPath">The file it resolves to, decoded; null for an outside URL.</param>
/// <param name="Syntax">Where it is written.</param>
internal sealed record AssociationRepositoryPicture(string SourcePath, string Written, string? RepositoryPath, AssociationRepositoryPictureSyntax Syntax)
{
    public bool IsExternal => RepositoryPath is null;
}
