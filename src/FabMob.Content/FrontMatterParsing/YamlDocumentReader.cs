using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace FabMob.Content.FrontMatterParsing;

/// <summary>
/// Loads one YAML document within <see cref="ContentLimits"/>: each of the parser's events is
/// checked (<see cref="BoundedYamlParser"/>) before the document builder sees it, so alias bombs and
/// deep nesting are refused before they cost time, memory or stack.
/// </summary>
public sealed class YamlDocumentReader(ContentLimits limits)
{
    /// <summary>Loads the root node, or returns an error located in the file (lines offset by <paramref name="firstLine"/> − 1).</summary>
    public YamlNode? Load(string yaml, string file, int firstLine, out ContentError? error)
    {
        error = null;
        try
        {
            // One pass: the bounds are checked on each event before the document builder sees it.
            var stream = new YamlStream();
            stream.Load(new BoundedYamlParser(new Parser(new StringReader(yaml)), limits));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            error = new ContentError(file, firstLine - 1 + (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column),
                ContentSeverity.Error, "YAML invalide : " + Describe(e));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            error = new ContentError(file, firstLine, 1, ContentSeverity.Error,
                "YAML invalide : " + (e is ArgumentException ? "clé en double" : "structure incorrecte"));
            return null;
        }
    }

    private static readonly (string English, string French)[] KnownMessages =
    [
        ("did not find expected ',' or ']'", "liste entre crochets non fermée : « , » ou « ] » attendu"),
        ("did not find expected ',' or '}'", "table entre accolades non fermée : « , » ou « } » attendu"),
        ("found invalid mapping", "deux-points inattendu dans une valeur : mettez la valeur entre guillemets"),
        ("mapping values are not allowed", "deux-points inattendu dans une valeur : mettez la valeur entre guillemets"),
        ("did not find expected key", "indentation incorrecte : une ligne « clé: valeur » est attendue"),
        ("unexpected end of stream", "fin inattendue : guillemet, crochet ou accolade non fermé ?"),
        ("found unknown escape character", "séquence d'échappement inconnue entre guillemets doubles (\\ pour une barre oblique inverse)"),
        ("cannot start any token", "caractère qui ne peut pas commencer une valeur (tabulation, @ ou ` ?) : mettez la valeur entre guillemets"),
        ("Duplicate key", "clé en double"),
        ("found wrong indentation", "indentation incorrecte dans un texte entre guillemets : guillemet non fermé ?"),
        ("did not find expected comment or line break", "texte inattendu après une valeur entre guillemets"),
        ("An item with the same key has already been added", "clé en double"),
        ("did not find expected <document start>", "contenu inattendu après la fin de l'en-tête"),
        ("did not find expected alphabetic or numeric character", "alias ou ancre (« * » ou « & ») mal formé : mettez la valeur entre guillemets"),
        ("found undefined alias", "alias « * » qui ne renvoie à aucune ancre « & » : mettez la valeur entre guillemets"),
    ];

    // Errors this reader raises itself carry their French message here.
    private const string FrenchMessage = "fabmob-message";

    internal static YamlException French(Mark start, Mark end, string message)
    {
        var exception = new YamlException(start, end, message);
        exception.Data[FrenchMessage] = message;
        return exception;
    }

    /// <summary>
    /// A French message for editors. An error the list above does not know keeps the YAML reader's
    /// own (English) words, introduced in French, rather than saying nothing useful.
    /// </summary>
    private static string Describe(YamlException e)
    {
        if (e.Data[FrenchMessage] is string own)
        {
            return own;
        }

        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes its messages with the location, which the finding already carries.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
        foreach (var (english, french) in KnownMessages)
        {
            if (message.Contains(english, StringComparison.OrdinalIgnoreCase))
            {
                return french;
            }
        }

        return $"syntaxe incorrecte (message du lecteur YAML, en anglais : {message.TrimEnd('.')})";
    }

    /// <summary>Turns a node into plain values: strings, booleans, numbers, lists and maps.</summary>
    public static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ScalarValue(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => mapping.Children
            .Where(pair => pair.Key is YamlScalarNode)
            .GroupBy(pair => ((YamlScalarNode)pair.Key).Value ?? "")
            .ToDictionary(group => group.Key, group => ToValue(group.First().Value), StringComparer.Ordinal),
        _ => null,
    };

    private static object? ScalarValue(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || text is null)
        {
            return text;
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => text,
        };
    }
}
