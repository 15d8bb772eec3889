using System.Reflection;
using FabMob.Content;

namespace FabMob.Web.Configuration;

/// <summary>What <c>check</c> says about the content tree's <c>site.yaml</c>: its error, and keys the site does not know (a typo is otherwise silently ignored).</summary>
internal static class SiteFileFindings
{
    private static readonly HashSet<string> KnownKeys = typeof(SiteOptions)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .Select(p => p.Name)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ContentError> Of(SiteConfigurationFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Error is { } error)
        {
            yield return error;
        }

        var name = file.Path is null ? SiteConfiguration.FileName : Path.GetFileName(file.Path);
        foreach (var (key, line, column) in file.TopLevelKeys)
        {
            if (!KnownKeys.Contains(key))
            {
                yield return new ContentError(name, line, column, ContentSeverity.Warning,
                    $"clé « {key} » inconnue : elle est ignorée (clés possibles : {string.Join(", ", KnownKeys.Order(StringComparer.Ordinal))})");
            }
            else if (string.Equals(key, nameof(SiteOptions.ContentPath), StringComparison.OrdinalIgnoreCase))
            {
                yield return new ContentError(name, line, column, ContentSeverity.Warning,
                    "« ContentPath » est ignoré ici : ce fichier est lui-même dans le dossier de contenu");
            }
        }
    }
}
