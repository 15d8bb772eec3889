namespace FabMob.Web.Editing.Git;

/// <summary>The push's outcome and the French sentence shown to the editor (never a credential).</summary>
public sealed record PushReport(PushOutcome Outcome, string Message);
