using YamlDotNet.Core;

namespace FabMob.Content.Editing;

/// <summary>
/// Where one form field's key and value are written in a file's text (character offsets into the
/// text after any BOM), as YamlDotNet's parser events mark them.
/// </summary>
internal sealed record FrontMatterSlot
{
    public required FrontMatterField Field { get; init; }

    /// <summary>The key as written.</summary>
    public required string Key { get; init; }

    /// <summary>Inside <c>taxonomy</c>: the key is never removed, an emptied list is written <c>[]</c>.</summary>
    public required bool Nested { get; init; }

    /// <summary>Line of the key in the file (1-based).</summary>
    public required int Line { get; init; }

    /// <summary>Column of the key (0-based): a block scalar's lines are indented past it.</summary>
    public required int KeyColumn { get; init; }

    /// <summary>Start of the key's line, when nothing but spaces comes before the key on it; else -1.</summary>
    public required int LineStart { get; init; }

    /// <summary>Start of the value's text (after the colon for an <see cref="FrontMatterSlotKind.Empty"/> value).</summary>
    public required int ValueStart { get; init; }

    /// <summary>End of the value's text (trailing line ends and comments excluded).</summary>
    public required int ValueEnd { get; init; }

    /// <summary>Just past the line end that follows the value: where the whole entry ends.</summary>
    public required int EntryEnd { get; init; }

    public required FrontMatterSlotKind Kind { get; init; }

    public ScalarStyle Style { get; init; }

    /// <summary>A scalar's value (trimmed), else null.</summary>
    public string? Text { get; init; }

    /// <summary>Column of a block list's <c>-</c>.</summary>
    public int ItemColumn { get; init; }

    /// <summary>The value, or something in it, has an anchor (<c>&amp;a</c>) or is an alias (<c>*a</c>).</summary>
    public bool HasAnchorOrAlias { get; init; }
}
