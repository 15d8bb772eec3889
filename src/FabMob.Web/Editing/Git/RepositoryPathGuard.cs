using System.Collections.Frozen;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// The one place that decides whether a repository-relative path sent by a browser may be read or written.
/// Accepted only when it is relative with <c>/</c> separators, has no empty, <c>.</c> or <c>..</c> segment,
/// no segment starting with <c>.</c> (<c>.git/</c>, hidden files), no control character, backslash or colon
/// (no drive, no NTFS stream), passes through no symbolic link (git refuses to add beyond one, and the site's
/// scanner never follows one, so a link is refused whether it points inside or outside the root), stays
/// inside the content root, and has an extension allowed for the operation.
/// </summary>
public sealed class RepositoryPathGuard
{
    public const int MaxLength = 512;

    private static readonly FrozenSet<string> TextExtensions =
        new[] { ".md", ".yaml", ".yml" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // No SVG: a picture that can carry script is not taken from a browser.
    private static readonly FrozenSet<string> PictureExtensions =
        new[] { ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly string _root;

    public RepositoryPathGuard(string contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentRoot));
    }

    /// <summary>The content root, absolute.</summary>
    public string Root => _root;

    public RepositoryPathCheck Check(string? relative, EditableFileKinds kinds)
    {
        if (string.IsNullOrEmpty(relative))
        {
            return RepositoryPathCheck.Refused("Chemin de fichier absent.");
        }

        if (relative.Length > MaxLength)
        {
            return RepositoryPathCheck.Refused($"Chemin de fichier trop long (plus de {MaxLength} caractères).");
        }

        if (relative.Any(char.IsControl))
        {
            return RepositoryPathCheck.Refused("Le chemin contient un caractère de contrôle.");
        }

        if (relative.Contains('\\', StringComparison.Ordinal) || relative.Contains(':', StringComparison.Ordinal))
        {
            return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » contient une barre oblique inverse ou un deux-points.");
        }

        if (relative.StartsWith('/'))
        {
            return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » est absolu ; donnez-le depuis la racine du contenu.");
        }

        foreach (var segment in relative.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » contient un segment vide, « . » ou « .. ».");
            }

            if (segment.StartsWith('.'))
            {
                return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » désigne un fichier ou dossier caché.");
            }
        }

        var extension = Path.GetExtension(relative);
        var allowed = (kinds.HasFlag(EditableFileKinds.Text) && TextExtensions.Contains(extension))
            || (kinds.HasFlag(EditableFileKinds.Picture) && PictureExtensions.Contains(extension));
        if (!allowed)
        {
            return RepositoryPathCheck.Refused($"Type de fichier refusé : « {relative} » (permis : {Allowed(kinds)}).");
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » sort du dossier de contenu.");
        }

        // Every part that exists below the root must be a real folder or file, not a link.
        var current = _root;
        foreach (var segment in relative.Split('/'))
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (!info.Exists && !Directory.Exists(current) && info.LinkTarget is null)
            {
                break;
            }

            if (info.LinkTarget is not null)
            {
                return RepositoryPathCheck.Refused($"Chemin refusé : « {relative} » passe par un lien symbolique.");
            }
        }

        return RepositoryPathCheck.Accepted(new RepositoryPath(relative, full));
    }

    private static string Allowed(EditableFileKinds kinds) => string.Join(", ",
        (kinds.HasFlag(EditableFileKinds.Text) ? TextExtensions.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        .Concat(kinds.HasFlag(EditableFileKinds.Picture) ? PictureExtensions.Order(StringComparer.Ordinal) : Enumerable.Empty<string>()));
}
