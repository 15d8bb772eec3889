namespace FabMob.Web.Editing.Git;

/// <summary>What kind of file an operation accepts, by extension.</summary>
[Flags]
public enum EditableFileKinds
{
    /// <summary>Markdown pages and YAML data files: <c>.md</c>, <c>.yaml</c>, <c>.yml</c>.</summary>
    Text = 1,

    /// <summary>Pictures an editor may upload: <c>.jpg</c>, <c>.jpeg</c>, <c>.png</c>, <c>.gif</c>, <c>.webp</c>, <c>.avif</c>.</summary>
    Picture = 2,

    /// <summary>Either.</summary>
    Any = Text | Picture,
}
