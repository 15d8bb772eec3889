using FabMob.Content.Mounts;

namespace FabMob.Content.Editing;

/// <summary>
/// Checks an uploaded picture (extension allowed, first bytes matching it, size) and places it in the
/// <c>images/</c> folder beside its article, under a cleaned name that no file takes yet; the address
/// comes from the mount table's file mounts, so only a picture the site will serve is accepted.
/// </summary>
public sealed class PictureUploadPlanner
{
    /// <summary>The folder beside an article that holds its pictures.</summary>
    public const string ImagesFolder = "images";

    private readonly PictureUploadOptions _upload;
    private readonly MountTable _mounts;
    private readonly IReadOnlySet<string> _served;

    public PictureUploadPlanner(ContentOptions options, PictureUploadOptions upload)
    {
        ArgumentNullException.ThrowIfNull(options);
        _upload = upload ?? throw new ArgumentNullException(nameof(upload));
        _mounts = options.MountTable();
        _served = options.AssetExtensions;
    }

    /// <param name="articlePath">The article's file under the content root (<c>contenu/articles/2026/a.md</c>).</param>
    /// <param name="uploadedName">The name the browser sent.</param>
    /// <param name="content">The picture's bytes.</param>
    /// <param name="altText">What the picture shows, for readers who do not see it.</param>
    /// <param name="fileExists">Whether a path under the content root is taken.</param>
    /// <exception cref="PictureUploadException">The picture is refused (French message).</exception>
    public PictureUpload Plan(string articlePath, string uploadedName, ReadOnlySpan<byte> content, string? altText, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        ArgumentNullException.ThrowIfNull(fileExists);
        var (stem, extension) = PictureFileName.Clean(uploadedName ?? "", _upload.MaxNameLength);
        var expected = PictureFormats.OfExtension(extension);
        if (expected is null || !_served.Contains(extension))
        {
            throw new PictureUploadException(PictureUploadRefusal.ExtensionNotAllowed,
                $"type de fichier refusé (« {(extension.Length == 0 ? "sans extension" : extension)} ») : envoyez une image {string.Join(", ", PictureFormats.Extensions)}" +
                (extension == ".svg" ? " (les SVG peuvent contenir du script : ajoutez-les par git)" : ""));
        }

        if (content.Length == 0 || content.Length > _upload.MaxBytes)
        {
            throw new PictureUploadException(PictureUploadRefusal.Size, content.Length == 0
                ? "le fichier envoyé est vide"
                : $"image trop lourde ({content.Length / 1024} Kio, au plus {_upload.MaxBytes / 1024} Kio) : réduisez-la avant de l'envoyer");
        }

        var actual = PictureFormats.OfContent(content[..Math.Min(content.Length, PictureFormats.SignatureLength)]);
        if (actual != expected)
        {
            throw new PictureUploadException(PictureUploadRefusal.ContentMismatch, actual is null
                ? $"le contenu de « {uploadedName} » n'est pas une image {extension}"
                : $"le contenu de « {uploadedName} » est une image {actual.ToString()!.ToUpperInvariant()}, pas {extension} : renommez-la");
        }

        if (stem.Length == 0)
        {
            stem = "image";
        }

        var folder = articlePath.Contains('/', StringComparison.Ordinal) ? articlePath[..articlePath.LastIndexOf('/')] + "/" : "";
        for (var n = 1; n < 1000; n++)
        {
            var fileName = (n == 1 ? stem : $"{stem}-{n}") + extension;
            var path = $"{folder}{ImagesFolder}/{fileName}";
            if (fileExists(path))
            {
                continue;
            }

            var sitePath = _mounts.FilePathOf(path)
                ?? throw new PictureUploadException(PictureUploadRefusal.Name, $"le site ne sert pas les fichiers de {folder}{ImagesFolder}/ (aucun montage « files »)");
            return new PictureUpload(fileName, path, sitePath, $"![{Alt(altText, stem)}]({ImagesFolder}/{fileName})");
        }

        throw new PictureUploadException(PictureUploadRefusal.Name, $"trop d'images nommées « {stem} » : renommez le fichier");
    }

    /// <summary>The alt text on one line, with the characters that would end it escaped; the name's words when none is given.</summary>
    private static string Alt(string? altText, string stem)
    {
        var text = string.IsNullOrWhiteSpace(altText) ? stem.Replace('-', ' ') : altText.ReplaceLineEndings(" ").Trim();
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
    }
}
