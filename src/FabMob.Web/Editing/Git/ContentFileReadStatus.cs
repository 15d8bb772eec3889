namespace FabMob.Web.Editing.Git;

/// <summary>How reading a file for the editor ended.</summary>
public enum ContentFileReadStatus
{
    Found,
    NotFound,
    Refused,
    TooLarge,
}
