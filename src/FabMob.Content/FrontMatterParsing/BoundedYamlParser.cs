using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FabMob.Content.FrontMatterParsing;

/// <summary>
/// Passes a YAML parser's events on, refusing (French <see cref="YamlException"/>, located) an alias
/// that contains itself or names no anchor, nesting past <see cref="ContentLimits.MaxYamlDepth"/>
/// and more than <see cref="ContentLimits.MaxYamlNodes"/> values with aliases counted as expanded.
/// No recursion: the checks run as events arrive, before the document builder sees them.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner, ContentLimits limits) : IParser
{
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long StartCount)> _open = new();
    private long _nodes;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!Next())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                if (_open.Any(node => node.Anchor == alias.Value.Value))
                {
                    throw YamlDocumentReader.French(alias.Start, alias.End, $"l'alias *{alias.Value.Value} se contient lui-même");
                }

                if (!_anchorSizes.TryGetValue(alias.Value.Value, out var size))
                {
                    throw YamlDocumentReader.French(alias.Start, alias.End,
                        $"l'alias *{alias.Value.Value} ne renvoie à aucune ancre &{alias.Value.Value} : mettez la valeur entre guillemets");
                }

                _nodes += size;
                break;
            case Scalar scalar:
                _nodes++;
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent start when start is SequenceStart or MappingStart:
                _nodes++;
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, _nodes));
                if (_open.Count > limits.MaxYamlDepth)
                {
                    throw YamlDocumentReader.French(start.Start, start.End,
                        $"imbrication trop profonde (plus de {limits.MaxYamlDepth} niveaux)");
                }

                break;
            case SequenceEnd or MappingEnd:
                var (anchor, startCount) = _open.Pop();
                if (anchor is not null)
                {
                    _anchorSizes[anchor] = _nodes - startCount + 1;
                }

                break;
        }

        if (_nodes > limits.MaxYamlNodes)
        {
            throw YamlDocumentReader.French(inner.Current!.Start, inner.Current.End,
                $"trop de valeurs (plus de {limits.MaxYamlNodes}, alias compris)");
        }

        return true;
    }

    /// <summary>The parser's next event; YamlDotNet reports some malformed input as a bare InvalidOperationException.</summary>
    private bool Next()
    {
        var last = inner.Current?.End ?? Mark.Empty;
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw YamlDocumentReader.French(last, last, "structure incorrecte : crochet, accolade ou guillemet non fermé ?");
        }
    }
}
