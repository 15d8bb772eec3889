namespace FabMob.Web.Editing.History;

/// <summary>
/// A French page saying how an action ended (revert done or refused, a path refused, a right missing), with the
/// HTTP status that goes with it and a link back.
/// </summary>
public sealed record EditionOutcomeViewModel(string Title, string Message, string? Detail, string BackAddress, string BackLabel, bool IsError);
