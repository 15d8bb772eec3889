namespace FabMob.Web.Publishing;

/// <summary>
/// What one publication did: the commits before and after (short ids, when known), and the snapshot
/// version and error count in place afterwards (when it was rebuilt).
/// </summary>
public sealed record PullResult(PullOutcome Outcome, string? Before = null, string? After = null, long? Version = null, int? Errors = null);
