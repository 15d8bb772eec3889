namespace FabMob.Web.Editing.Git;

/// <summary>
/// What a save did, with a French <see cref="Message"/> for the editor. <see cref="Blob"/> is the file's blob now:
/// after a save, the one the form carries next; on a conflict, the current one (the form may reload it).
/// </summary>
public sealed record ContentSaveResult(ContentSaveStatus Status, string Message, string? Commit = null, string? Blob = null,
    PushReport? Push = null);
