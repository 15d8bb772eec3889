using System.IO.Hashing;
using System.Reflection;
using System.Text;

namespace FabMob.Content.PageCache;

/// <summary>
/// What, besides a file's bytes, changes what rendering makes of it: the content options (mounts,
/// collections, hard line breaks, embed and own hosts, known layouts, limits, served extensions) and
/// the code that renders (the content library's version). A cache written under other inputs is not used.
/// </summary>
public static class RenderingInputs
{
    /// <summary>
    /// The content library's informational version (its version and, built from git, its commit), then its module's
    /// version id: the compiler derives it from the code and the libraries it was built against (deterministic
    /// builds), so a build from a source archive, without git, still tells its rendering code from another's.
    /// </summary>
    public static string Product { get; } =
        (typeof(RenderingInputs).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
         ?? typeof(RenderingInputs).Assembly.GetName().Version?.ToString() ?? "?")
        + "/" + typeof(RenderingInputs).Module.ModuleVersionId.ToString("N");

    /// <summary>A key (32 hexadecimal digits) of every option that changes rendering; sets are sorted, so equal options give equal keys.</summary>
    public static string Key(ContentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        void Line(string name, IEnumerable<string> values) =>
            text.Append(name).Append('=').AppendJoin('\u001f', values).Append('\n');

        Line("collections", options.Collections);
        Line("extensions", options.AssetExtensions.Select(e => e.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Line("layouts", options.KnownLayouts is null ? ["*"] : options.KnownLayouts.Select(l => l.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Line("limits", [options.Limits.ToString()]);
        Line("hardLineBreaks", [options.HardLineBreaks ? "1" : "0"]);
        Line("embedHosts", options.EmbedHosts.Order(StringComparer.Ordinal));
        Line("ownHosts", options.OwnHosts.Order(StringComparer.Ordinal));
        Line("bodyText", [options.CollectBodyText ? "1" : "0"]);
        foreach (var mount in options.Mounts)
        {
            Line("mount", [mount.ToString(), .. mount.Files, "|", .. mount.ExcludeTags]);
        }

        // The hash's bytes (big-endian: high half first) as hexadecimal: the key a UInt128 formatted "x32" gave, without
        // the 128-bit formatting code, which is not precompiled and was compiled at each start for this one call.
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
