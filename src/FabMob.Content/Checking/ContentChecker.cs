using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Reading;
using FabMob.Content.Snapshot;

namespace FabMob.Content.Checking;

/// <summary>
/// What <c>check</c> tells an editor about a content tree: every finding of the snapshot build
/// (malformed or unclosed front matter, invalid dates, two files for one URL, aliases taken by a
/// page, unknown layouts, files that are not UTF-8 text), plus what only a whole-site look finds:
/// missing titles, links and images that lead nowhere, <c>http://</c> links to the site's own
/// domain, malformed data files. External links are never fetched.
/// </summary>
public sealed class ContentChecker
{
    private readonly ContentOptions _options;
    private readonly YamlDocumentReader _yaml;
    private readonly Uri? _siteAddress;
    private readonly HashSet<string> _ownHosts;

    /// <param name="options">How the tree is read (the same options as the snapshot builder's).</param>
    /// <param name="siteAddress">The site's public address (<c>Site:BaseUrl</c>), to recognise links to the site itself.</param>
    public ContentChecker(ContentOptions options, Uri? siteAddress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _yaml = new YamlDocumentReader(options.Limits);
        _ownHosts = new HashSet<string>(options.OwnHosts.Select(h => h.Trim().ToLowerInvariant()), StringComparer.Ordinal);
        _siteAddress = siteAddress is { IsAbsoluteUri: true } ? siteAddress : null;
    }

    /// <summary>Checks every file of <paramref name="snapshot"/>'s tree.</summary>
    /// <param name="snapshot">A snapshot built from the tree, with no previous snapshot (so nothing broken is hidden).</param>
    /// <param name="sitePathExists">
    /// Whether a site path (percent-decoded, no query string or anchor) leads somewhere: a page, a
    /// redirect, a file, or an address the application serves by itself.
    /// </param>
    public ContentCheckReport Check(ContentSnapshot snapshot, Func<string, bool> sitePathExists)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(sitePathExists);
        var tree = ContentTreeScanner.Scan(snapshot.Root, _options);
        var findings = new List<ContentError>(snapshot.Findings);
        var urlBySource = snapshot.Pages.ToDictionary(p => p.SourcePath, p => p.Url, StringComparer.Ordinal);
        foreach (var page in snapshot.Pages)
        {
            CheckTitle(page, findings);
            CheckCover(snapshot.Root, page, urlBySource, sitePathExists, findings);
            foreach (var link in page.Links)
            {
                CheckTarget(snapshot.Root, page.SourcePath, link.Written, link.Resolved,
                    link.IsImage ? TargetKind.Image : TargetKind.Link, link.Line, link.Column, sitePathExists, findings);
            }
        }

        CheckDataFiles(tree.DataFiles, snapshot.Findings, findings);
        return new ContentCheckReport(
            [.. findings.Distinct()
                .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)
                .ThenBy(f => f.Severity).ThenBy(f => f.Message, StringComparer.Ordinal)],
            tree.Pages.Count + tree.DataFiles.Count);
    }

    private static void CheckTitle(ContentPage page, List<ContentError> findings)
    {
        if (page.FrontMatter.Title is not null)
        {
            return;
        }

        var origin = page.HasOwnHeading ? "du premier titre « # » du texte" : "du nom du fichier";
        findings.Add(Warning(page.SourcePath, 1, 1,
            $"titre manquant (« titre: » dans l'en-tête) : le site affiche « {page.Title} », tiré {origin}"));
    }

    private void CheckCover(string root, ContentPage page, IReadOnlyDictionary<string, string> urlBySource,
        Func<string, bool> sitePathExists, List<ContentError> findings)
    {
        if (page.FrontMatter.Image is not { } image)
        {
            return;
        }

        var resolved = new PageLinkResolver(page.SourcePath, urlBySource, _ownHosts).Resolve(image, isImage: true) ?? image;
        var found = new List<ContentError>();
        CheckTarget(root, page.SourcePath, image, resolved, TargetKind.Cover, 1, 1, sitePathExists, found);
        if (found.Count > 0)
        {
            var (line, column) = FrontMatterLocator.Locate(Path.Combine(root, page.SourcePath), "image");
            findings.AddRange(found.Select(f => f with { Line = line, Column = column }));
        }
    }

    private void CheckTarget(string root, string file, string written, string resolved, TargetKind kind, int line, int column,
        Func<string, bool> sitePathExists, List<ContentError> findings)
    {
        var target = resolved.Trim();
        if (target.Length == 0 || target[0] is '#' or '?')
        {
            return;
        }

        if (target.StartsWith("//", StringComparison.Ordinal))
        {
            target = (_siteAddress?.Scheme ?? "https") + ":" + target;
        }

        if (PageLinkResolver.HasScheme(target))
        {
            CheckAbsolute(file, written, target, kind, line, column, sitePathExists, findings);
            return;
        }

        if (target[0] != '/')
        {
            // The resolver leaves a relative reference as written only when it climbs above the content root.
            findings.Add(Warning(file, line, column,
                $"chemin qui sort du dossier de contenu (trop de « ../ ») : « {written} » ne mène nulle part sur le site"));
            return;
        }

        var path = UrlPath.Decode(StripQueryAndFragment(target));
        if (!sitePathExists(path))
        {
            findings.Add(Warning(file, line, column, Missing(root, kind, written, path)));
        }
    }

    private void CheckAbsolute(string file, string written, string target, TargetKind kind, int line, int column,
        Func<string, bool> sitePathExists, List<ContentError> findings)
    {
        if (_siteAddress is null || !Uri.TryCreate(target, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("http" or "https") || !IsSiteHost(uri.Host))
        {
            return;
        }

        var path = SitePath(uri);
        if (uri.Scheme == "http" && _siteAddress.Scheme == "https")
        {
            var better = path is null ? "https://" + uri.Authority + uri.PathAndQuery : path + uri.Query + uri.Fragment;
            findings.Add(Warning(file, line, column,
                $"{Noun(kind)} en http:// vers le site lui-même (« {written} ») : écrivez plutôt « {better} »"));
        }

        if (path is not null && !sitePathExists(path))
        {
            findings.Add(Warning(file, line, column, MissingMessage(kind) + $" : « {written} » (adresse {path})"));
        }
    }

    private void CheckDataFiles(IReadOnlyList<ContentFile> files, IReadOnlyList<ContentError> reported, List<ContentError> findings)
    {
        foreach (var file in files)
        {
            // The snapshot builder may read data files itself; its report about a file comes first.
            if (reported.Any(f => f.File == file.RelativePath && f.Severity == ContentSeverity.Error))
            {
                continue;
            }

            var text = ContentFileReader.ReadText(file, _options.Limits, out var error);
            if (text is not null)
            {
                _yaml.Load(text.TrimStart('\uFEFF'), file.RelativePath, firstLine: 1, out error);
            }

            if (error is not null)
            {
                findings.Add(error);
            }
        }
    }

    /// <summary>The message for a site path that leads nowhere, naming the file when it exists but is not served.</summary>
    private static string Missing(string root, TargetKind kind, string written, string path)
    {
        var shown = UrlPath.Decode(StripQueryAndFragment(written)) == path ? path : $"« {written} » (adresse {path})";
        var extension = Path.GetExtension(path);
        if (kind == TargetKind.Link && extension.Length > 1 && !extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
        {
            kind = TargetKind.File;
        }

        if (IsUnservedFile(root, path))
        {
            return $"fichier que le site ne publie pas : {shown} " +
                $"(les fichiers « {extension} » et ceux dont le nom commence par « _ » ou « . » ne sont pas servis)";
        }

        return MissingMessage(kind) + " : " + shown;
    }

    /// <summary>True when the path names a file that is on disk under the root but is not served (type or hidden name).</summary>
    private static bool IsUnservedFile(string root, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Contains('\\', StringComparison.Ordinal)))
        {
            return false;
        }

        return File.Exists(Path.Combine([root, .. segments]));
    }

    private bool IsSiteHost(string host)
    {
        static string Bare(string name) =>
            name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

        return string.Equals(Bare(host), Bare(_siteAddress!.Host), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The site path of an address on the site's own domain (under its base path), or null.</summary>
    private string? SitePath(Uri uri)
    {
        var basePath = UrlPath.Decode(_siteAddress!.AbsolutePath).TrimEnd('/');
        var path = UrlPath.Decode(uri.AbsolutePath);
        if (basePath.Length == 0)
        {
            return path;
        }

        if (path == basePath)
        {
            return "/";
        }

        return path.StartsWith(basePath + "/", StringComparison.Ordinal) ? path[basePath.Length..] : null;
    }

    private static string StripQueryAndFragment(string target)
    {
        var cut = target.IndexOfAny(['?', '#']);
        return cut < 0 ? target : target[..cut];
    }

    private static string Noun(TargetKind kind) => kind switch
    {
        TargetKind.Image => "image",
        TargetKind.Cover => "image de couverture",
        _ => "lien",
    };

    private static string MissingMessage(TargetKind kind) => kind switch
    {
        TargetKind.Image => "image introuvable",
        TargetKind.Cover => "image de couverture introuvable",
        TargetKind.File => "lien vers un fichier introuvable",
        _ => "lien vers une page du site qui n'existe pas",
    };

    private static ContentError Warning(string file, int line, int column, string message) =>
        new(file, line, column, ContentSeverity.Warning, message);
}
