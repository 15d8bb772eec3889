namespace FabMob.Web.Editing.History;

/// <summary>A file's recent commits, newest first, with an optional outcome message of a revert just made.</summary>
public sealed record HistoryViewModel(string RepositoryPath, IReadOnlyList<HistoryEntryView> Entries, bool IsAdministration);
