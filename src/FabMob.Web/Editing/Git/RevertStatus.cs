namespace FabMob.Web.Editing.Git;

/// <summary>How reverting one commit ended.</summary>
public enum RevertStatus
{
    /// <summary>A new commit by the editor undoes it.</summary>
    Reverted,

    /// <summary>Later changes conflict with undoing it: nothing changed, the working tree is as it was.</summary>
    Conflict,

    /// <summary>The path or the commit id was refused, or the commit is not in the file's history (HTTP 400).</summary>
    Refused,

    /// <summary>git failed; the working tree was put back as it was.</summary>
    Failed,
}
