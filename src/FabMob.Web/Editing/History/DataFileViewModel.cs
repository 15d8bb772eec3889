using FabMob.Content;

namespace FabMob.Web.Editing.History;

/// <summary>
/// The data-file screen: the YAML text (the editor's own after a refused save), the blob the form was opened on,
/// the findings that refused it, and the outcome message of a save.
/// </summary>
public sealed record DataFileViewModel(string RepositoryPath, string Text, string? Blob, IReadOnlyList<ContentError> Findings,
    string? Message, bool IsConflict = false, bool IsSaved = false, string? PublicAddress = null);
