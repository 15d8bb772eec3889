namespace FabMob.Web.Editing;

/// <summary>
/// One file the editor can open: its title, its path in the content repository (what the edit screen takes in
/// <c>?chemin=</c>) and the address the public sees it at (null for a data file no page shows).
/// </summary>
public sealed record EditableEntry(string Title, string RepositoryPath, string? Address, bool IsDraft)
{
    public string EditAddress => $"{EditionViews.FilePath}?{EditionViews.FileQuery}={Uri.EscapeDataString(RepositoryPath)}";
}
