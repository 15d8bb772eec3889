namespace FabMob.Web.Editing.Git;

/// <summary>How a save or an upload ended.</summary>
public enum ContentSaveStatus
{
    /// <summary>Written and committed (see the push report for the remote).</summary>
    Saved,

    /// <summary>The text was the file's text already: nothing written, no commit.</summary>
    Unchanged,

    /// <summary>The file changed since the form was opened (its blob is not the expected one): nothing written.</summary>
    Conflict,

    /// <summary>A new file (creation or upload) whose name is taken: nothing written, never an overwrite.</summary>
    AlreadyExists,

    /// <summary>The path or the content was refused (HTTP 400): nothing written.</summary>
    Refused,

    /// <summary>git failed; the working file was put back as it was.</summary>
    Failed,
}
