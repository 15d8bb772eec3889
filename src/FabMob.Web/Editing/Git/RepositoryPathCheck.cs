namespace FabMob.Web.Editing.Git;

/// <summary>
/// The answer of <see cref="RepositoryPathGuard.Check"/>: the accepted <see cref="Path"/>, or the French
/// <see cref="Refusal"/> the HTTP layer shows with a 400. Never an exception.
/// </summary>
public sealed record RepositoryPathCheck(RepositoryPath? Path, string? Refusal)
{
    public bool IsAccepted => Path is not null;

    public static RepositoryPathCheck Accepted(RepositoryPath path) => new(path, null);

    public static RepositoryPathCheck Refused(string reason) => new(null, reason);
}
