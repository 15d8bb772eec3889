namespace FabMob.Web.Publishing;

/// <summary>How a publication attempt ended.</summary>
public enum PullOutcome
{
    /// <summary>New commits were pulled and the new snapshot is in place.</summary>
    Updated,

    /// <summary>Nothing new upstream; the snapshot was rebuilt anyway.</summary>
    UpToDate,

    /// <summary>The content clone has diverged or holds local changes: a fast-forward is impossible.</summary>
    Conflict,

    /// <summary>git failed (network, authentication, not a repository, git missing).</summary>
    Failed,

    /// <summary>git ran past its time limit and was stopped.</summary>
    TimedOut,
}
