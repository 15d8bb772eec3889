namespace FabMob.Web.Editing;

/// <summary>The two roles an editor may have.</summary>
public static class EditorRoles
{
    /// <summary>Writes and edits pages, articles and data files.</summary>
    public const string Redaction = "rédaction";

    /// <summary>Everything <see cref="Redaction"/> does, and what round 2 reserves (revert, site settings).</summary>
    public const string Administration = "administration";

    public static bool IsKnown(string role) => role is Redaction or Administration;
}
