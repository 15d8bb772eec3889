namespace FabMob.Web.Configuration;

/// <summary>One entry of <c>Site:Mounts</c> (see <see cref="FabMob.Content.Mounts.ContentMount"/>).</summary>
public sealed class MountOptions
{
    /// <summary>Folder or file under the content root (<c>contenu/articles</c>); empty for the root.</summary>
    public string Source { get; set; } = "";

    /// <summary>Site path prefix (<c>/blog</c>); default <c>/{Source}</c>.</summary>
    public string? Target { get; set; }

    /// <summary><c>pages</c>, <c>collection</c>, <c>data</c> or <c>files</c>.</summary>
    public string Kind { get; set; } = "";

    public List<string> Files { get; set; } = [];
    public bool Recursive { get; set; } = true;
    public string? Cover { get; set; }
    public bool? HardLineBreaks { get; set; }
    public List<string> ExcludeTags { get; set; } = [];
}
