namespace FabMob.Web.Editing;

/// <summary>One editor as configured (<c>Edition:Accounts:N</c>); the password is kept only as a hash.</summary>
public sealed class EditorAccountOptions
{
    public string Name { get; set; } = "";

    /// <summary>What the editor types to sign in (compared without regard to case).</summary>
    public string Email { get; set; } = "";

    /// <summary><c>rédaction</c> or <c>administration</c> (see <see cref="EditorRoles"/>).</summary>
    public string Role { get; set; } = "";

    /// <summary>A hash printed by <c>FabMob.Web hash-password</c> (ASP.NET Core Identity's <c>PasswordHasher</c>, v3).</summary>
    public string PasswordHash { get; set; } = "";
}
