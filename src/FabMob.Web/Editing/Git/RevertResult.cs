namespace FabMob.Web.Editing.Git;

/// <summary>What a revert did, with a French <see cref="Message"/>.</summary>
public sealed record RevertResult(RevertStatus Status, string Message, string? Commit = null, PushReport? Push = null);
