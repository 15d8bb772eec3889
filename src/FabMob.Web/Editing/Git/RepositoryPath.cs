namespace FabMob.Web.Editing.Git;

/// <summary>
/// A file path a browser gave that <see cref="RepositoryPathGuard"/> accepted: <see cref="Relative"/> to the
/// content root, with <c>/</c> separators (as git and commit messages spell it), and its absolute <see cref="FullPath"/>.
/// </summary>
public sealed record RepositoryPath(string Relative, string FullPath);
