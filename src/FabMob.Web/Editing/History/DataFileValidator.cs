using System.Text;
using FabMob.Content;
using FabMob.Content.Data;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Mounts;
using FabMob.Web.Configuration;
using Microsoft.Extensions.Options;
using YamlDotNet.RepresentationModel;

namespace FabMob.Web.Editing.History;

/// <summary>
/// Checks a data file's text before the editor saves it, as the site reads it: the size and binary limits of
/// <c>ContentFileReader</c>, then the site's own bounded YAML reader (<see cref="YamlDocumentReader"/>, same limits,
/// same French messages with line), then, when a <c>Site:DataPages</c> page shows the file, the shape that page
/// needs (a list or a map, and the groups it names). Only paths the mount table reads as data files are data files.
/// </summary>
public sealed class DataFileValidator
{
    private readonly ContentOptions _content;
    private readonly MountTable _mounts;
    private readonly YamlDocumentReader _yaml;
    private readonly IReadOnlyList<DataPage> _pages;

    public DataFileValidator(ContentOptions content, IOptions<SiteOptions> site)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(site);
        _content = content;
        _mounts = content.MountTable();
        _yaml = new YamlDocumentReader(content.Limits);
        _pages = site.Value.DataPages;
    }

    /// <summary>The data file's name (what <c>Site:DataPages</c> calls it), or null when the path is not a data file.</summary>
    public string? DataNameOf(string contentPath) =>
        !string.Equals(contentPath, "site.yaml", StringComparison.OrdinalIgnoreCase)
        && contentPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || contentPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? _mounts.DataNameOf(contentPath)
            : null;

    /// <summary>The public page showing the data file, if any.</summary>
    public DataPage? PageOf(string contentPath) =>
        DataNameOf(contentPath) is { } name
            ? _pages.FirstOrDefault(p => string.Equals(p.Data.Normalize(), name.Normalize(), StringComparison.Ordinal))
            : null;

    /// <summary>The findings that refuse the text (errors, French, with line); empty when it may be saved.</summary>
    public IReadOnlyList<ContentError> Validate(string contentPath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var limit = _content.Limits.MaxFileBytes;
        if (Encoding.UTF8.GetByteCount(text) > limit)
        {
            return [new ContentError(contentPath, 1, 1, ContentSeverity.Error, $"Fichier trop grand : la limite est de {limit} octets.")];
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var line = 1 + text.AsSpan(0, nul).Count('\n');
            return [new ContentError(contentPath, line, 1, ContentSeverity.Error, "Caractère nul : ce n'est pas un fichier texte.")];
        }

        var root = _yaml.Load(text.TrimStart('\uFEFF'), contentPath, firstLine: 1, out var error);
        if (error is not null)
        {
            return [error];
        }

        return PageOf(contentPath) is { } page ? CheckShape(contentPath, root, page) : [];
    }

    private static List<ContentError> CheckShape(string file, YamlNode? root, DataPage page)
    {
        var findings = new List<ContentError>();
        if (root is not (YamlSequenceNode or YamlMappingNode))
        {
            findings.Add(new ContentError(file, 1, 1, ContentSeverity.Error,
                $"La page {page.Path} attend une liste (lignes « - … ») ou des groupes (« nom: … ») : ce fichier n'en contient pas."));
            return findings;
        }

        if (page.Groups.Count == 0)
        {
            return findings;
        }

        if (root is not YamlMappingNode map)
        {
            findings.Add(new ContentError(file, 1, 1, ContentSeverity.Error,
                $"La page {page.Path} lit les groupes {string.Join(", ", page.Groups)} : le fichier doit les nommer (« {page.Groups[0]}: »)."));
            return findings;
        }

        var names = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
        foreach (var group in page.Groups.Where(g => !names.Any(n => DataValues.SameKey(n, g))))
        {
            findings.Add(new ContentError(file, 1, 1, ContentSeverity.Error,
                $"La page {page.Path} lit le groupe « {group} », absent de ce fichier."));
        }

        return findings;
    }
}
