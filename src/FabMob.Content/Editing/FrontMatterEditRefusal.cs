namespace FabMob.Content.Editing;

/// <summary>Why the editor refuses to write a file's front matter rather than risk corrupting it.</summary>
public enum FrontMatterEditRefusal
{
    /// <summary>The site's reader rejects the file (malformed YAML, unclosed front matter).</summary>
    Malformed,

    /// <summary>The front matter is not a mapping of keys (a list, a single value, a <c>{ … }</c> block).</summary>
    NotAMapping,

    /// <summary>An edited value carries a YAML anchor (<c>&amp;</c>) or is an alias (<c>*</c>).</summary>
    AnchorOrAlias,

    /// <summary>The file, or the file the edit would write, is past <see cref="ContentLimits.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>An edited field is written under several keys (<c>tags</c> and <c>taxonomy.tag</c>…).</summary>
    ScatteredField,

    /// <summary>A value the site could not read (a date in no known spelling).</summary>
    InvalidValue,

    /// <summary>Read back, the written text would not give the requested values.</summary>
    Unverifiable,
}
