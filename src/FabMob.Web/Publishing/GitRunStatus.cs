namespace FabMob.Web.Publishing;

/// <summary>Whether a git process ran to its end.</summary>
public enum GitRunStatus
{
    /// <summary>The process ended by itself; see the exit code.</summary>
    Exited,

    /// <summary>The process ran past its time limit and was killed.</summary>
    TimedOut,

    /// <summary>The executable could not be started (git missing, not executable).</summary>
    NotStarted,
}
