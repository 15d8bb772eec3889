using FabMob.Content;
using FabMob.Content.Mounts;

namespace FabMob.Web.Configuration;

/// <summary>How the content library reads the tree, from the <c>Site</c> section.</summary>
internal static class ContentOptionsFactory
{
    /// <summary>The words <c>Site:Mounts:N:Kind</c> accepts (French or English), and what they mean.</summary>
    public static readonly IReadOnlyDictionary<string, MountKind> Kinds = new Dictionary<string, MountKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["pages"] = MountKind.Pages,
        ["collection"] = MountKind.Collection,
        ["data"] = MountKind.Data,
        ["données"] = MountKind.Data,
        ["files"] = MountKind.Files,
        ["fichiers"] = MountKind.Files,
    };

    public static ContentOptions Create(SiteOptions site, IReadOnlySet<string> layouts) => new()
    {
        KnownLayouts = layouts,
        Mounts = [.. site.Mounts.Select(Mount)],
        HardLineBreaks = site.HardLineBreaks,
        EmbedHosts = [.. site.EmbedHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0)],
        OwnHosts = [.. site.OwnHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0)],
    };

    /// <summary>A mount as the content library takes it (the options are validated before: the kind is known).</summary>
    public static ContentMount Mount(MountOptions mount)
    {
        var source = NormalizeSource(mount.Source);
        var kind = Kinds[mount.Kind.Trim()];
        var target = string.IsNullOrWhiteSpace(mount.Target) ? "/" + source : mount.Target.Trim();
        return new ContentMount(source, ContentUrlRules.Normalize(target), kind)
        {
            Files = [.. mount.Files.Select(f => ContentUrlRules.Normalize(f.Trim().Trim('/')))],
            Recursive = mount.Recursive,
            Cover = string.IsNullOrWhiteSpace(mount.Cover) ? null : mount.Cover.Trim(),
            HardLineBreaks = mount.HardLineBreaks,
            ExcludeTags = [.. mount.ExcludeTags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())],
        };
    }

    /// <summary><c>./contenu/articles/</c> → <c>contenu/articles</c>.</summary>
    public static string NormalizeSource(string source) =>
        ContentUrlRules.Normalize(string.Join('/', source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".")));

    /// <summary>Why a mount cannot be used (French, naming its key), or null.</summary>
    public static IEnumerable<string> Problems(MountOptions mount, int index)
    {
        var key = $"Site:Mounts:{index}";
        var segments = mount.Source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (Path.IsPathRooted(mount.Source) || segments.Any(s => s == ".." || s.Equals(".git", StringComparison.OrdinalIgnoreCase)) ||
            mount.Source.Contains('\0', StringComparison.Ordinal))
        {
            yield return $"{key}:Source : « {mount.Source} » doit être un chemin dans le dossier de contenu (ni absolu, ni « .. », ni « .git »).";
        }

        if (!Kinds.ContainsKey(mount.Kind.Trim()))
        {
            yield return $"{key}:Kind : « {mount.Kind} » inconnu ; valeurs possibles : pages, collection, data (données), files (fichiers).";
        }

        if (!string.IsNullOrWhiteSpace(mount.Target) && !mount.Target.Trim().StartsWith('/'))
        {
            yield return $"{key}:Target : « {mount.Target} » doit être une adresse du site commençant par « / ».";
        }

        if (!string.IsNullOrWhiteSpace(mount.Cover) && (!mount.Cover.Trim().StartsWith('/') || !mount.Cover.Contains("{id}", StringComparison.Ordinal)))
        {
            yield return $"{key}:Cover : « {mount.Cover} » doit être une adresse du site commençant par « / » et contenant « {{id}} » (le nom du fichier sans .md).";
        }

        if (string.IsNullOrWhiteSpace(mount.Source) && Kinds.TryGetValue(mount.Kind.Trim(), out var kind) && kind == MountKind.Collection)
        {
            yield return $"{key}:Source : une collection doit nommer son dossier.";
        }
    }
}
