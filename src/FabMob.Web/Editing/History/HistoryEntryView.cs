namespace FabMob.Web.Editing.History;

/// <summary>One line of a file's history as the page shows it: who, when (Paris, French), what, and whether this editor may undo it.</summary>
public sealed record HistoryEntryView(string Commit, string ShortId, string Author, string When, string WhenIso, string Message, bool CanRevert)
{
    public string ConfirmAddress(string repositoryPath) =>
        $"{EditionHistoryController.RevertPath}?{EditionViews.FileQuery}={Uri.EscapeDataString(repositoryPath)}&commit={Commit}";
}
