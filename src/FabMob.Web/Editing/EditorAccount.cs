namespace FabMob.Web.Editing;

/// <summary>A signed-in (or signing-in) editor: who they are and what they may do. <see cref="Stamp"/> changes with the password hash.</summary>
public sealed record EditorAccount(string Name, string Email, string Role, string PasswordHash, string Stamp)
{
    public string RoleLabel => Role == EditorRoles.Administration ? "Administration" : "Rédaction";
}
