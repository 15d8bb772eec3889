namespace FabMob.Web.Editing.Git;

/// <summary>What became of a commit after it was made in the content clone.</summary>
public enum PushOutcome
{
    /// <summary>The branch has no remote (and <c>Edition:Remote</c> is empty): the commit stays in the site's clone.</summary>
    NotConfigured,

    /// <summary><c>Edition:Push</c> is false.</summary>
    Disabled,

    /// <summary>On the remote, directly or after taking in what arrived there meanwhile.</summary>
    Published,

    /// <summary>The push failed; the commit is kept in the site's clone, nothing lost.</summary>
    KeptLocally,
}
