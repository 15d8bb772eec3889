using System.Text;
using FabMob.Content.FrontMatterParsing;
using YamlDotNet.Core;

namespace FabMob.Content.Editing;

/// <summary>
/// A Markdown file opened in the editor: its front matter as the form's fields (read by the site's own
/// <see cref="FrontMatterReader"/>, so every key spelling it accepts) and its body. <see cref="Write"/>
/// gives the file back with the edited values written into the original text: keys, order, comments,
/// quoting, key spellings, line ends and BOM stay as they were; a missing field is appended under its
/// French key; a cleared field's key is removed. What it cannot edit safely it refuses
/// (<see cref="FrontMatterEditException"/>), and every text it writes is read back and compared first.
/// </summary>
public sealed class FrontMatterDocument
{
    private readonly string _text;
    private readonly int _contentStart;
    private readonly int _yamlStart;
    private readonly int _yamlEnd;
    private readonly int _bodyStart;
    private readonly bool _hasFrontMatter;
    private readonly string _newline;
    private readonly FrontMatterScan _scan;
    private readonly FrontMatter _read;
    private readonly FrontMatterReader _reader;
    private readonly ContentLimits _limits;

    private FrontMatterDocument(string text, string file, ContentLimits limits, FrontMatterReader reader, FrontMatterResult result)
    {
        _text = text;
        File = file;
        _limits = limits;
        _reader = reader;
        _read = result.FrontMatter;
        Body = result.Body;
        _contentStart = text.StartsWith('\uFEFF') ? 1 : 0;
        var firstLineEnd = text.IndexOf('\n', _contentStart);
        _newline = firstLineEnd > 0 && text[firstLineEnd - 1] == '\r' ? "\r\n" : "\n";
        (_hasFrontMatter, _yamlStart, _yamlEnd, _bodyStart) = Fences(text, _contentStart);
        try
        {
            _scan = _hasFrontMatter
                ? FrontMatterScanner.Scan(text, _yamlStart, _yamlEnd, 2, limits)
                : new FrontMatterScan([], true, false);
        }
        catch (YamlException e)
        {
            throw Refuse(FrontMatterEditRefusal.Malformed, (int)e.Start.Line + 1, "YAML illisible pour l'éditeur : " + e.Message);
        }

        Fields = new ArticleFields
        {
            Title = _read.Title,
            Date = _scan.Slots.FirstOrDefault(s => s is { Field: FrontMatterField.Date, Text.Length: > 0 })?.Text,
            Summary = _read.Summary?.ReplaceLineEndings("\n"),
            Authors = _read.Authors,
            Tags = _read.Tags,
            Categories = _read.Categories,
            Image = _read.Image,
            Draft = _read.Draft,
            Slug = _read.Slug,
            Aliases = _read.Aliases,
        }.Normalized();
    }

    /// <summary>The file's path, for messages.</summary>
    public string File { get; }

    /// <summary>The form's fields as the site reads them (the date as written).</summary>
    public ArticleFields Fields { get; }

    /// <summary>The Markdown after the front matter, with LF line ends.</summary>
    public string Body { get; }

    /// <summary>Opens a file's text (a new file: an empty string).</summary>
    /// <exception cref="FrontMatterEditException">The file is past the limits, malformed, or its front matter is not a mapping.</exception>
    public static FrontMatterDocument Parse(string text, string file, ContentLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        CheckSize(text, file, limits, "le fichier");
        var reader = new FrontMatterReader(limits);
        var result = reader.Read(text, file);
        if (result.IsRejected)
        {
            var error = result.Errors[0];
            var refusal = error.Message.Contains("clé: valeur", StringComparison.Ordinal)
                ? FrontMatterEditRefusal.NotAMapping
                : FrontMatterEditRefusal.Malformed;
            throw new FrontMatterEditException(refusal, error with
            {
                Message = "l'éditeur ne peut pas modifier ce fichier sans risque, corrigez-le d'abord : " + error.Message,
            });
        }

        return new FrontMatterDocument(text, file, limits, reader, result);
    }

    /// <summary>
    /// The file's new text with <paramref name="fields"/> and <paramref name="body"/> (any line ends;
    /// written with the file's). Fields equal to <see cref="Fields"/> are not touched, so an unchanged
    /// form gives back the file byte for byte.
    /// </summary>
    /// <exception cref="FrontMatterEditException">The edit cannot be written safely (see <see cref="FrontMatterEditRefusal"/>).</exception>
    public string Write(ArticleFields fields, string body)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(body);
        var want = fields.Normalized();
        if (want.Date is { } date && date != Fields.Date && !ContentDate.TryParse(date, out _))
        {
            throw Refuse(FrontMatterEditRefusal.InvalidValue, DateLine(),
                $"date invalide « {date} » : écrire 2015-03-24, 2015-03-24T17:42:12Z, 24-03-2015 ou 24-03-2015 17:42");
        }

        var edits = new List<(int Start, int End, string Text)>();
        var additions = new StringBuilder();
        foreach (var field in Enum.GetValues<FrontMatterField>())
        {
            if (!ArticleFields.SameValue(Fields.Value(field), want.Value(field)))
            {
                Plan(field, want.Value(field), edits, additions);
            }
        }

        var lfBody = body.ReplaceLineEndings("\n");
        var newBody = lfBody == Body ? _text[_bodyStart..] : Lines(lfBody);
        var text = Apply(edits, additions.ToString(), newBody);
        CheckSize(text, File, _limits, "le fichier modifié");
        Verify(text, want, lfBody);
        return text;
    }

    private void Plan(FrontMatterField field, object? value, List<(int, int, string)> edits, StringBuilder additions)
    {
        var slots = _scan.Slots.Where(s => s.Field == field).ToList();
        if (slots.Any(s => s.HasAnchorOrAlias))
        {
            var at = slots.First(s => s.HasAnchorOrAlias);
            throw Refuse(FrontMatterEditRefusal.AnchorOrAlias, at.Line,
                $"{FrontMatterFieldKeys.Label(field)} (« {at.Key} ») utilise une ancre « & » ou un alias « * » : modifiez-le dans le fichier lui-même");
        }

        if (_scan.IsFlowMapping)
        {
            throw Refuse(FrontMatterEditRefusal.NotAMapping, 2,
                "en-tête écrit entre accolades « { … } » : l'éditeur ne sait modifier que des lignes « clé: valeur »");
        }

        var cleared = value is null or false || value is IReadOnlyList<string> { Count: 0 };
        if (slots.Count == 0)
        {
            if (!cleared)
            {
                additions.Append(FrontMatterFieldKeys.Preferred(field)).Append(':')
                    .Append(Render(value, FrontMatterSlotKind.Empty, ScalarStyle.Plain, "  ", 0)).Append('\n');
            }

            return;
        }

        if (field == FrontMatterField.Draft)
        {
            // The reader takes the file as a draft when any of its keys says so: every key says the same.
            edits.AddRange(slots.Select(s => ReplaceValue(s, (bool)value! ? "true" : "false")));
            return;
        }

        var filled = slots.Where(HasValue).ToList();
        if (FrontMatterFieldKeys.IsList(field) && filled.Count > 1)
        {
            throw Refuse(FrontMatterEditRefusal.ScatteredField, filled[1].Line,
                $"{FrontMatterFieldKeys.Label(field)} sont écrits sous plusieurs clés (« {filled[0].Key} » ligne {filled[0].Line}, « {filled[1].Key} » ligne {filled[1].Line}) : réunissez-les sous une seule dans le fichier");
        }

        if (cleared)
        {
            edits.AddRange(slots.Select(Clear));
            return;
        }

        var target = filled.Count > 0 ? filled[0] : slots[0];
        if (target.Kind == FrontMatterSlotKind.Other)
        {
            throw Refuse(FrontMatterEditRefusal.Unverifiable, target.Line,
                $"{FrontMatterFieldKeys.Label(field)} (« {target.Key} ») a une forme que l'éditeur ne sait pas écrire : modifiez-le dans le fichier lui-même");
        }

        edits.Add(ReplaceValue(target, Render(value, target.Kind, target.Style, new string(' ', target.KeyColumn + 2), target.ItemColumn)));
    }

    private static bool HasValue(FrontMatterSlot slot) => slot.Kind switch
    {
        FrontMatterSlotKind.Empty => false,
        FrontMatterSlotKind.Scalar => slot.Text is { Length: > 0 } text && text is not ("~" or "null" or "Null" or "NULL"),
        _ => true,
    };

    /// <summary>The value's text for a slot of that kind (a value where there was none starts with a space).</summary>
    private static string Render(object? value, FrontMatterSlotKind kind, ScalarStyle style, string indent, int itemColumn)
    {
        var text = value switch
        {
            bool flag => flag ? "true" : "false",
            IReadOnlyList<string> items => kind switch
            {
                FrontMatterSlotKind.BlockSequence => YamlValueWriter.BlockList(items, new string(' ', itemColumn)),
                FrontMatterSlotKind.Scalar when items.All(i => !i.Contains(',', StringComparison.Ordinal)) =>
                    YamlValueWriter.Scalar(string.Join(", ", items), style, indent),
                _ => YamlValueWriter.FlowList(items),
            },
            string scalar => YamlValueWriter.Scalar(scalar, style, indent),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        return kind == FrontMatterSlotKind.Empty ? " " + text : text;
    }

    private static (int, int, string) ReplaceValue(FrontMatterSlot slot, string text) =>
        slot.Kind == FrontMatterSlotKind.Empty && !text.StartsWith(' ')
            ? (slot.ValueStart, slot.ValueEnd, " " + text)
            : (slot.ValueStart, slot.ValueEnd, text);

    /// <summary>Removes a top-level entry (from its line's start to the end of its value's line); empties a list inside <c>taxonomy</c>.</summary>
    private (int, int, string) Clear(FrontMatterSlot slot)
    {
        if (slot.Nested || slot.LineStart < 0)
        {
            return slot.Kind == FrontMatterSlotKind.Empty ? (slot.ValueStart, slot.ValueEnd, "") : ReplaceValue(slot, "[]");
        }

        return (slot.LineStart, slot.EntryEnd, "");
    }

    private string Apply(List<(int Start, int End, string Text)> edits, string additions, string body)
    {
        var head = new StringBuilder(_text, 0, _contentStart, _text.Length + additions.Length + 16);
        if (!_hasFrontMatter)
        {
            if (additions.Length > 0)
            {
                head.Append(Lines("---\n" + additions + "---\n"));
            }

            return head.Append(body).ToString();
        }

        var position = _contentStart;
        foreach (var (start, end, text) in edits.OrderBy(e => e.Start))
        {
            if (start < position)
            {
                throw Refuse(FrontMatterEditRefusal.Unverifiable, 1, "deux champs se recouvrent dans l'en-tête : modifiez le fichier lui-même");
            }

            head.Append(_text, position, start - position).Append(Lines(text));
            position = end;
        }

        head.Append(_text, position, _yamlEnd - position);
        if (additions.Length > 0)
        {
            if (_yamlEnd > _yamlStart && _text[_yamlEnd - 1] != '\n')
            {
                head.Append(_newline);
            }

            head.Append(Lines(additions));
        }

        return head.Append(_text, _yamlEnd, _bodyStart - _yamlEnd).Append(body).ToString();
    }

    /// <summary>Reads the new text back with the site's reader: the requested fields, every other key and the body as asked, or a refusal.</summary>
    private void Verify(string text, ArticleFields want, string body)
    {
        var result = _reader.Read(text, File);
        var got = result.FrontMatter;
        var read = new ArticleFields
        {
            Title = got.Title,
            Date = want.Date,
            Summary = got.Summary,
            Authors = got.Authors,
            Tags = got.Tags,
            Categories = got.Categories,
            Image = got.Image,
            Draft = got.Draft,
            Slug = got.Slug,
            Aliases = got.Aliases,
        }.Normalized();
        // An unchanged date reads as before, even one the site cannot read (its own finding says so).
        var sameDate = want.Date == Fields.Date
            ? got.Date == _read.Date
            : want.Date is null
                ? got.Date is null
                : ContentDate.TryParse(want.Date, out var wanted) && got.Date == wanted;
        var mismatch = Enum.GetValues<FrontMatterField>().FirstOrDefault(f => !ArticleFields.SameValue(read.Value(f), want.Value(f)), (FrontMatterField)(-1));
        if (result.IsRejected || (int)mismatch >= 0 || !sameDate || result.Body != body ||
            got.Description != _read.Description || got.Layout != _read.Layout || got.Menu != _read.Menu || got.Weight != _read.Weight ||
            !PlainValues.Equal(got.Params, _read.Params))
        {
            var what = (int)mismatch >= 0 ? FrontMatterFieldKeys.Label(mismatch) : !sameDate ? "la date" : "le reste du fichier";
            throw Refuse(FrontMatterEditRefusal.Unverifiable, 1,
                $"relu après écriture, {what} ne donnerait pas la valeur voulue : rien n'est enregistré, modifiez le fichier lui-même");
        }
    }

    /// <summary>LF text with the file's line ends.</summary>
    private string Lines(string text) => _newline == "\n" ? text : text.Replace("\n", _newline, StringComparison.Ordinal);

    private int DateLine() => _scan.Slots.FirstOrDefault(s => s.Field == FrontMatterField.Date)?.Line ?? 1;

    private FrontMatterEditException Refuse(FrontMatterEditRefusal refusal, int line, string message) =>
        new(refusal, new ContentError(File, line, 1, ContentSeverity.Error, message));

    private static void CheckSize(string text, string file, ContentLimits limits, string what)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > limits.MaxFileBytes)
        {
            throw new FrontMatterEditException(FrontMatterEditRefusal.TooLarge, new ContentError(file, 1, 1, ContentSeverity.Error,
                $"{what} est trop gros ({bytes / 1024} Kio, au plus {limits.MaxFileBytes / 1024} Kio)"));
        }
    }

    /// <summary>
    /// Where the front matter is, by the same rules as <see cref="FrontMatterReader"/> (a first line <c>---</c>,
    /// closed by <c>---</c> or <c>...</c>) on the text as it is, CRLF included.
    /// </summary>
    private static (bool Found, int YamlStart, int YamlEnd, int BodyStart) Fences(string text, int start)
    {
        var firstEnd = text.IndexOf('\n', start);
        var first = text.AsSpan(start, (firstEnd < 0 ? text.Length : firstEnd) - start).TrimEnd(" \t\r");
        if (!first.SequenceEqual("---") || firstEnd < 0)
        {
            return (false, start, start, start);
        }

        var position = firstEnd + 1;
        while (position <= text.Length)
        {
            var next = text.IndexOf('\n', position);
            var end = next < 0 ? text.Length : next;
            if (text.AsSpan(position, end - position).TrimEnd(" \t\r") is "---" or "...")
            {
                return (true, firstEnd + 1, position, next < 0 ? text.Length : next + 1);
            }

            if (next < 0)
            {
                break;
            }

            position = next + 1;
        }

        return (false, start, start, start);
    }
}
