using System.Security.Claims;
using FabMob.Web.Editing.Git;

namespace FabMob.Web.Editing.History;

/// <summary>
/// Who may undo a commit: an <c>administration</c> editor any commit of the file's history; a <c>rédaction</c> editor
/// only the commits they wrote themselves (author e-mail = their account's, ignoring case). Undoing someone else's
/// work is a decision about the site, not about one's own text.
/// </summary>
public static class RevertRights
{
    public static bool Allows(ClaimsPrincipal user, FileHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(entry);
        if (user.IsInRole(EditorRoles.Administration))
        {
            return true;
        }

        var email = user.FindFirstValue(ClaimTypes.Email);
        return user.IsInRole(EditorRoles.Redaction) && email is not null
            && string.Equals(email.Trim(), entry.AuthorEmail.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
