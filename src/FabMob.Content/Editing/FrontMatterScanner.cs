using FabMob.Content.FrontMatterParsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FabMob.Content.Editing;

/// <summary>
/// Finds where each of the form's fields is written in a front matter, from YamlDotNet's parser events
/// and their marks (no YAML is parsed by hand): top-level keys, and the lists inside a Grav-style
/// <c>taxonomy</c> map. Keys the form does not own are skipped whole.
/// </summary>
internal sealed class FrontMatterScanner
{
    private readonly BoundedYamlParser _parser;
    private readonly string _text;
    private readonly int _offset;
    private readonly int _firstLine;
    private readonly int _end;

    private FrontMatterScanner(string text, int offset, int end, int firstLine, ContentLimits limits)
    {
        _text = text;
        _offset = offset;
        _end = end;
        _firstLine = firstLine;
        _parser = new BoundedYamlParser(new Parser(new StringReader(text[offset..end])), limits);
    }

    /// <summary>Scans <c>text[offset..end]</c>, the YAML between the fences, which starts on the file's line <paramref name="firstLine"/>.</summary>
    /// <exception cref="YamlException">The YAML is malformed or past the limits.</exception>
    public static FrontMatterScan Scan(string text, int offset, int end, int firstLine, ContentLimits limits) =>
        new FrontMatterScanner(text, offset, end, firstLine, limits).Scan();

    private FrontMatterScan Scan()
    {
        Next(); // StreamStart
        if (!Next() || _parser.Current is StreamEnd)
        {
            return new FrontMatterScan([], true, false);
        }

        Next(); // the root node
        switch (_parser.Current)
        {
            case Scalar { Value: "" }:
                return new FrontMatterScan([], true, false);
            case MappingStart root:
                var slots = new List<FrontMatterSlot>();
                ReadMapping(slots, nested: false);
                return new FrontMatterScan(slots, true, root.Style == MappingStyle.Flow);
            default:
                return new FrontMatterScan([], false, false);
        }
    }

    /// <summary>Reads the pairs of the mapping whose start is the current event, up to its end.</summary>
    private void ReadMapping(List<FrontMatterSlot> slots, bool nested)
    {
        while (Next() && _parser.Current is not MappingEnd)
        {
            if (_parser.Current is not Scalar key)
            {
                Skip(); // a complex key
                Next();
                Skip();
                continue;
            }

            Next();
            var field = nested ? FrontMatterFieldKeys.OfTaxonomy(key.Value) : FrontMatterFieldKeys.Of(key.Value);
            if (field is { } owned)
            {
                slots.Add(Slot(owned, key, nested));
            }
            else if (!nested && FrontMatterFieldKeys.IsTaxonomy(key.Value) && _parser.Current is MappingStart { Anchor.IsEmpty: true })
            {
                ReadMapping(slots, nested: true);
            }
            else
            {
                Skip();
            }
        }
    }

    private FrontMatterSlot Slot(FrontMatterField field, Scalar key, bool nested)
    {
        var keyStart = Index(key.Start);
        var lineStart = keyStart == 0 ? 0 : _text.LastIndexOf('\n', keyStart - 1) + 1;

        var ownLine = _text.AsSpan(lineStart, keyStart - lineStart).Trim(' ').IsEmpty;
        var value = _parser.Current!;
        var anchored = value is AnchorAlias || value is NodeEvent { Anchor.IsEmpty: false };
        FrontMatterSlotKind kind;
        int start = Index(value.Start), end;
        ScalarStyle style = default;
        string? text = null;
        var itemColumn = 0;
        switch (value)
        {
            case Scalar { Value: "", Style: ScalarStyle.Plain, Tag.IsEmpty: true }:
                kind = FrontMatterSlotKind.Empty;
                start = end = ColonAfter(Index(key.End)) + 1;
                break;
            case Scalar scalar:
                kind = FrontMatterSlotKind.Scalar;
                style = scalar.Style;
                text = scalar.Value.Trim();
                end = TrimLineEnds(start, Index(scalar.End));
                break;
            case SequenceStart sequence:
                itemColumn = (int)sequence.Start.Column - 1;
                (end, anchored, var nestedCollection) = SkipCollection(start, sequence.Style == SequenceStyle.Flow, anchored);
                // A list of maps or lists is not a list of names: the form does not write it.
                kind = nestedCollection ? FrontMatterSlotKind.Other
                    : sequence.Style == SequenceStyle.Flow ? FrontMatterSlotKind.FlowSequence : FrontMatterSlotKind.BlockSequence;
                break;
            default:
                kind = FrontMatterSlotKind.Other;
                (end, anchored, _) = value is MappingStart mapping
                    ? SkipCollection(start, mapping.Style == MappingStyle.Flow, anchored)
                    : (Index(value.End), anchored, true);
                break;
        }

        var lineEnd = _text.IndexOf('\n', end);
        return new FrontMatterSlot
        {
            Field = field,
            Key = key.Value,
            Nested = nested,
            Line = _firstLine - 1 + (int)key.Start.Line,
            KeyColumn = (int)key.Start.Column - 1,
            LineStart = ownLine ? lineStart : -1,
            ValueStart = start,
            ValueEnd = end,
            EntryEnd = lineEnd < 0 || lineEnd >= _end ? _end : lineEnd + 1,
            Kind = kind,
            Style = style,
            Text = text,
            ItemColumn = itemColumn,
            HasAnchorOrAlias = anchored,
        };
    }

    /// <summary>
    /// Consumes a sequence or mapping whose start is the current event; returns where its text ends: after
    /// the last value of a block collection (its end event is marked at the next token), after the closing
    /// bracket of a flow one (its end event is marked at the bracket).
    /// </summary>
    private (int End, bool Anchored, bool Nested) SkipCollection(int start, bool flow, bool anchored)
    {
        var nested = false;
        var open = new Stack<bool>();
        open.Push(flow);
        var end = start;
        while (open.Count > 0 && Next())
        {
            var current = _parser.Current!;
            anchored |= current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false };
            switch (current)
            {
                case SequenceStart sequence:
                    nested = true;
                    open.Push(sequence.Style == SequenceStyle.Flow);
                    break;
                case MappingStart mapping:
                    nested = true;
                    open.Push(mapping.Style == MappingStyle.Flow);
                    break;
                case SequenceEnd or MappingEnd:
                    if (open.Pop())
                    {
                        end = Math.Max(end, Index(current.Start) + 1);
                    }

                    break;
                default:
                    end = Math.Max(end, TrimLineEnds(start, Index(current.End)));
                    break;
            }
        }

        return (end, anchored, nested);
    }

    /// <summary>Consumes the node whose first event is the current one.</summary>
    private void Skip()
    {
        if (_parser.Current is SequenceStart or MappingStart)
        {
            var depth = 1;
            while (depth > 0 && Next())
            {
                depth += _parser.Current switch
                {
                    SequenceStart or MappingStart => 1,
                    SequenceEnd or MappingEnd => -1,
                    _ => 0,
                };
            }
        }
    }

    private int ColonAfter(int keyEnd)
    {
        var colon = _text.IndexOf(':', keyEnd);
        return colon < 0 || colon >= _end ? keyEnd : colon;
    }

    /// <summary>A block scalar's end mark comes after its line ends: its text ends before them.</summary>
    private int TrimLineEnds(int start, int end)
    {
        while (end > start && _text[end - 1] is '\n' or '\r')
        {
            end--;
        }

        return end;
    }

    private int Index(Mark mark) => _offset + (int)mark.Index;

    private bool Next() => _parser.MoveNext();
}
