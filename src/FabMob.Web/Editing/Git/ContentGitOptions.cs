namespace FabMob.Web.Editing.Git;

/// <summary>The git side of the browser editor (section <c>Edition</c>): how saves are committed and pushed.</summary>
public sealed class ContentGitOptions
{
    public const string Section = "Edition";

    /// <summary>Push each save when the content clone's branch has a remote (or <see cref="Remote"/> is set).</summary>
    public bool Push { get; set; } = true;

    /// <summary>The remote to push to; empty means the current branch's upstream (<c>branch.&lt;name&gt;.remote</c>).</summary>
    public string Remote { get; set; } = "";

    /// <summary>The git executable: a name looked up in <c>PATH</c> or a full path.</summary>
    public string Git { get; set; } = "git";

    /// <summary>How long one git command may run (a push over a slow link included) before it is stopped.</summary>
    public int GitTimeoutSeconds { get; set; } = 60;

    /// <summary>The committer of every save (the author is the editor).</summary>
    public string CommitterName { get; set; } = "Site de La Fabrique des Mobilités";

    /// <summary>The committer's e-mail address.</summary>
    public string CommitterEmail { get; set; } = "edition@fabmob.invalid";

    /// <summary>Largest file read or written through the editor.</summary>
    public long MaxFileBytes { get; set; } = 8 * 1024 * 1024;

    public TimeSpan GitTimeout => TimeSpan.FromSeconds(GitTimeoutSeconds);
}
