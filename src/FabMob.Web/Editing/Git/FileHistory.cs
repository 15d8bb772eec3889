namespace FabMob.Web.Editing.Git;

/// <summary>A file's recent commits, newest first, or the French refusal of its path.</summary>
public sealed record FileHistory(IReadOnlyList<FileHistoryEntry> Entries, string? Refusal = null)
{
    public bool IsRefused => Refusal is not null;
}
