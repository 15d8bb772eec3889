using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace FabMob.Content.FrontMatterParsing;

/// <summary>What <see cref="FrontMatterReader"/> found in one file.</summary>
/// <param name="FrontMatter">The typed front matter (empty when the file has none).</param>
/// <param name="Body">The Markdown after the front matter, with LF line ends.</param>
/// <param name="BodyLine">The line of the file where <paramref name="Body"/> starts (1-based).</param>
/// <param name="Errors">Findings, located in the file.</param>
/// <param name="IsRejected">True when the file cannot be published (malformed or unclosed front matter).</param>
public sealed record FrontMatterResult(FrontMatter FrontMatter, string Body, int BodyLine,
    IReadOnlyList<ContentError> Errors, bool IsRejected);

/// <summary>
/// Splits a page into YAML front matter and Markdown body and reads the YAML into a typed
/// <see cref="FrontMatter"/>. Front matter is optional; it is YAML between a first line <c>---</c>
/// and the next line <c>---</c> (or <c>...</c>). A BOM and CRLF line ends are accepted.
/// Keys are matched without regard to case; French keys and English aliases mean the same.
/// </summary>
public sealed class FrontMatterReader(ContentLimits limits)
{
    private readonly YamlDocumentReader _yaml = new(limits);

    public FrontMatterResult Read(string text, string file)
    {
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (!StartsWithFence(text))
        {
            return new FrontMatterResult(FrontMatter.Empty, text, 1, [], false);
        }

        var yamlStart = text.IndexOf('\n') + 1;
        var (yamlEnd, bodyStart, closingLine) = FindClosingFence(text, yamlStart);
        if (yamlEnd < 0)
        {
            return new FrontMatterResult(FrontMatter.Empty, text, 1,
                [new ContentError(file, 1, 1, ContentSeverity.Error,
                    "en-tête YAML non fermé : la ligne « --- » qui doit le terminer est introuvable")], true);
        }

        var body = text[bodyStart..];
        var root = _yaml.Load(text[yamlStart..yamlEnd], file, firstLine: 2, out var error);
        if (error is not null)
        {
            return new FrontMatterResult(FrontMatter.Empty, body, closingLine + 1, [error], true);
        }

        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatterResult(FrontMatter.Empty, body, closingLine + 1, [], false);
        }

        if (root is not YamlMappingNode mapping)
        {
            return new FrontMatterResult(FrontMatter.Empty, body, closingLine + 1,
                [new ContentError(file, Line(root), Column(root), ContentSeverity.Error,
                    "l'en-tête YAML doit être une suite de lignes « clé: valeur »")], true);
        }

        var errors = new List<ContentError>();
        var frontMatter = Map(mapping, file, errors);
        return new FrontMatterResult(frontMatter, body, closingLine + 1, errors, false);
    }

    private static bool StartsWithFence(string text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text.TrimEnd(' ', '\t') == "---" ||
        (text.StartsWith("---", StringComparison.Ordinal) && text.IndexOf('\n') is var nl && nl > 0 &&
         text[3..nl].Trim().Length == 0);

    private static (int YamlEnd, int BodyStart, int ClosingLine) FindClosingFence(string text, int from)
    {
        var line = 2;
        var position = from;
        while (position <= text.Length && position >= 0)
        {
            var next = text.IndexOf('\n', position);
            var end = next < 0 ? text.Length : next;
            var content = text.AsSpan(position, end - position).TrimEnd(" \t");
            if (content is "---" or "...")
            {
                return (position, next < 0 ? text.Length : next + 1, line);
            }

            if (next < 0)
            {
                break;
            }

            position = next + 1;
            line++;
        }

        return (-1, -1, -1);
    }

    private static FrontMatter Map(YamlMappingNode mapping, string file, List<ContentError> errors)
    {
        string? title = null, description = null, summary = null, image = null, slug = null, layout = null, menu = null;
        DateTimeOffset? date = null;
        int? weight = null;
        var draft = false;
        var authors = new List<string>();
        var tags = new List<string>();
        var categories = new List<string>();
        var aliases = new List<string>();
        var extra = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);

        foreach (var (keyNode, value) in mapping.Children)
        {
            var rawKey = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (rawKey.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant())
            {
                case "titre" or "title":
                    title ??= Text(value);
                    break;
                case "description":
                    description ??= Text(value);
                    break;
                case "résumé" or "resume" or "summary":
                    summary ??= Text(value);
                    break;
                case "date" or "publish_date":
                    date ??= ReadDate(value, file, errors);
                    break;
                case "auteur" or "author" or "auteurs" or "authors":
                    AddAll(authors, List(value));
                    break;
                case "image":
                    image ??= Text(value);
                    break;
                case "tags" or "étiquettes" or "etiquettes":
                    AddAll(tags, List(value));
                    break;
                case "catégories" or "categories":
                    AddAll(categories, List(value));
                    break;
                case "taxonomy" or "taxonomie":
                    ReadTaxonomy(value, tags, categories);
                    break;
                case "brouillon" or "draft":
                    draft = ReadBoolean(value, file, errors) || draft;
                    break;
                case "slug":
                    slug ??= Text(value);
                    break;
                case "alias" or "aliases":
                    AddAll(aliases, List(value));
                    break;
                case "gabarit" or "layout":
                    layout ??= Text(value);
                    break;
                case "menu":
                    menu ??= Text(value);
                    break;
                case "ordre" or "weight":
                    weight ??= ReadInteger(value, file, errors);
                    break;
                default:
                    extra.TryAdd(rawKey, YamlDocumentReader.ToValue(value));
                    break;
            }
        }

        return new FrontMatter
        {
            Title = title,
            Description = description,
            Summary = summary,
            Date = date,
            Authors = authors,
            Image = image,
            Tags = tags,
            Categories = categories,
            Draft = draft,
            Slug = slug,
            Aliases = aliases,
            Layout = layout,
            Menu = menu,
            Weight = weight,
            Params = extra,
        };
    }

    private static void ReadTaxonomy(YamlNode value, List<string> tags, List<string> categories)
    {
        if (value is not YamlMappingNode taxonomy)
        {
            return;
        }

        foreach (var (key, entries) in taxonomy.Children)
        {
            switch (((key as YamlScalarNode)?.Value ?? "").Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant())
            {
                case "tag" or "tags" or "étiquettes" or "etiquettes":
                    AddAll(tags, List(entries));
                    break;
                case "category" or "categories" or "catégories":
                    AddAll(categories, List(entries));
                    break;
            }
        }
    }

    private static void AddAll(List<string> target, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            if (!target.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                target.Add(value);
            }
        }
    }

    private static string? Text(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } scalar && value.Trim().Length > 0 && !IsNull(scalar) ? value.Trim() : null;

    /// <summary>The YAML null: <c>~</c> or <c>null</c> written plain.</summary>
    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    /// <summary>A list, or a comma-separated string; empty entries are dropped.</summary>
    private static IEnumerable<string> List(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } text } scalar when !IsNull(scalar) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        YamlSequenceNode sequence => sequence.Children.Select(Text).OfType<string>(),
        _ => [],
    };

    private static DateTimeOffset? ReadDate(YamlNode node, string file, List<ContentError> errors)
    {
        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        if (ContentDate.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(new ContentError(file, Line(node), Column(node), ContentSeverity.Error,
            $"date invalide « {text} » : écrire 2015-03-24, 2015-03-24T17:42:12Z, 24-03-2015 ou 24-03-2015 17:42"));
        return null;
    }

    private static bool ReadBoolean(YamlNode node, string file, List<ContentError> errors)
    {
        switch (Text(node)?.ToLowerInvariant())
        {
            case "true" or "oui" or "yes" or "vrai" or "1":
                return true;
            case null or "false" or "non" or "no" or "faux" or "0":
                return false;
            case var other:
                errors.Add(new ContentError(file, Line(node), Column(node), ContentSeverity.Error,
                    $"valeur « {other} » inattendue : écrire true ou false"));
                return false;
        }
    }

    private static int? ReadInteger(YamlNode node, string file, List<ContentError> errors)
    {
        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new ContentError(file, Line(node), Column(node), ContentSeverity.Error,
            $"nombre entier attendu, trouvé « {text} »"));
        return null;
    }

    // Node marks count from the YAML's first line, which is the file's line 2.
    private static int Line(YamlNode node) => (int)node.Start.Line + 1;

    private static int Column(YamlNode node) => (int)node.Start.Column;
}
