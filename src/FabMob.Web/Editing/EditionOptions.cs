namespace FabMob.Web.Editing;

/// <summary>
/// The browser editor (section <c>Edition</c>): its accounts and the limits of its sign-in. Never in
/// <c>site.yaml</c>, which is public in the content repository: <c>appsettings.{Environment}.json</c>, environment
/// variables (<c>Edition__Accounts__0__Email=…</c>) or the command line. No account: the editor does not exist.
/// </summary>
public sealed class EditionOptions
{
    public const string Section = "Edition";

    /// <summary>The editors who may sign in; empty, every address under <c>/_edition</c> answers 404.</summary>
    public List<EditorAccountOptions> Accounts { get; set; } = [];

    /// <summary>How long a session lasts without a request (sliding: each request past half of it renews it).</summary>
    public int SessionMinutes { get; set; } = 120;

    /// <summary>Sign-in attempts allowed per client address in <see cref="SignInWindowSeconds"/>.</summary>
    public int SignInPermitLimit { get; set; } = 10;

    /// <summary>Sign-in attempts allowed per account name (e-mail as typed) in <see cref="SignInWindowSeconds"/>.</summary>
    public int AccountPermitLimit { get; set; } = 5;

    public int SignInWindowSeconds { get; set; } = 60;

    /// <summary>Failed sign-ins for one e-mail within <see cref="LockoutWindowMinutes"/> that lock it.</summary>
    public int LockoutFailures { get; set; } = 5;

    public int LockoutWindowMinutes { get; set; } = 15;

    /// <summary>How long a locked e-mail stays locked.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// The folder holding the Data Protection keys that sign sessions and forms (see <see cref="EditionKeys"/>); empty,
    /// ASP.NET Core's default (<c>~/.aspnet/DataProtection-Keys</c>, or memory only when there is no writable home).
    /// </summary>
    public string? KeysDirectory { get; set; }

    public bool Enabled => Accounts.Count > 0;
}
