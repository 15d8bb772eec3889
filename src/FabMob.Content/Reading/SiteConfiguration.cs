using FabMob.Content.FrontMatterParsing;
using YamlDotNet.RepresentationModel;

namespace FabMob.Content.Reading;

/// <summary>
/// The site's configuration file at the root of a content tree (<c>site.yaml</c>): what the
/// <c>Site</c> section of the application's settings holds, travelling with the content. It is read
/// with the same bounded YAML reader as front matter (a broken file is reported with its line), is
/// never served and never read as data.
/// </summary>
public static class SiteConfiguration
{
    public const string FileName = "site.yaml";

    /// <summary>True for the file's name (<c>site.yaml</c> or <c>site.yml</c>, any case).</summary>
    public static bool IsConfigurationFile(string name) =>
        string.Equals(name, FileName, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(name, "site.yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the configuration file of the tree at <paramref name="root"/>, if there is one, as flat
    /// configuration keys under <paramref name="section"/> (<c>Site:Mounts:0:Source</c> → <c>contenu/articles</c>).
    /// </summary>
    public static SiteConfigurationFile Read(string root, string section, ContentLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        limits ??= new ContentLimits();
        var path = new[] { FileName, "site.yml" }.Select(name => Path.Combine(root, name)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return new SiteConfigurationFile(null, new Dictionary<string, string?>(), null);
        }

        var name = Path.GetFileName(path);
        var text = ContentFileReader.ReadText(new ContentFile(name, path), limits, out var error);
        var node = text is null ? null : new YamlDocumentReader(limits).Load(text.TrimStart('\uFEFF'), name, firstLine: 1, out error);
        if (error is not null)
        {
            return new SiteConfigurationFile(path, new Dictionary<string, string?>(), error);
        }

        if (node is not (null or YamlMappingNode))
        {
            return new SiteConfigurationFile(path, new Dictionary<string, string?>(),
                new ContentError(name, (int)node.Start.Line, (int)node.Start.Column, ContentSeverity.Error,
                    "la configuration du site doit être une liste de clés (« Name: … », « Mounts: … »)"));
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var keys = new List<(string Key, int Line, int Column)>();
        if (node is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                var keyText = (key as YamlScalarNode)?.Value?.Trim() ?? "";
                keys.Add((keyText, (int)key.Start.Line, (int)key.Start.Column));
                Flatten(value, section + ":" + keyText, values);
            }
        }

        return new SiteConfigurationFile(path, values, null) { TopLevelKeys = keys };
    }

    private static void Flatten(YamlNode node, string prefix, Dictionary<string, string?> values)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                values[prefix] = scalar.Value;
                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    Flatten(sequence.Children[i], $"{prefix}:{i}", values);
                }

                break;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    Flatten(value, prefix + ":" + ((key as YamlScalarNode)?.Value?.Trim() ?? ""), values);
                }

                break;
        }
    }
}
