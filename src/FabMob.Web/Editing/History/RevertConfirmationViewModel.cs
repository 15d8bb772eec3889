namespace FabMob.Web.Editing.History;

/// <summary>The confirmation step before undoing one commit of a file.</summary>
public sealed record RevertConfirmationViewModel(string RepositoryPath, HistoryEntryView Entry);
