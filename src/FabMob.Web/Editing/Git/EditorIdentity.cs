namespace FabMob.Web.Editing.Git;

/// <summary>
/// Who saves: the signed-in editor, written as the commit's author. The committer is the site
/// (<see cref="ContentGitOptions.CommitterName"/>), so history shows both who wrote and what published.
/// </summary>
public sealed record EditorIdentity
{
    public EditorIdentity(string name, string email)
    {
        // git refuses, or silently strips, these in an identity; an account with them is a configuration error.
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => char.IsControl(c) || c is '<' or '>'))
        {
            throw new ArgumentException("Nom d'auteur invalide : vide, ou avec un caractère de contrôle, < ou >.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal)
            || email.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>'))
        {
            throw new ArgumentException("Adresse électronique d'auteur invalide.", nameof(email));
        }

        Name = name.Trim();
        Email = email.Trim();
    }

    public string Name { get; }

    public string Email { get; }
}
