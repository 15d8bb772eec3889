using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>The configured editors, by e-mail (case-insensitive), read once at start.</summary>
public sealed class EditorAccounts
{
    private readonly Dictionary<string, EditorAccount> _byEmail;

    public EditorAccounts(IOptions<EditionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _byEmail = options.Value.Accounts.ToDictionary(
            a => Normalize(a.Email),
            a => new EditorAccount(a.Name.Trim(), a.Email.Trim(), a.Role, a.PasswordHash, PasswordHashes.StampOf(a.PasswordHash)),
            StringComparer.Ordinal);
    }

    public bool Any => _byEmail.Count > 0;

    /// <summary>The key under which an e-mail (as typed) is counted and looked up.</summary>
    public static string Normalize(string? email) => (email ?? "").Trim().ToUpperInvariant();

    public EditorAccount? Find(string? email) => _byEmail.GetValueOrDefault(Normalize(email));

    /// <summary>
    /// The account when <paramref name="password"/> is its password, else null. An unknown e-mail is verified
    /// against a dummy hash, so that it takes as long as a wrong password and tells nothing by its timing.
    /// </summary>
    public EditorAccount? Verify(string? email, string? password)
    {
        var account = Find(email);
        var matches = PasswordHashes.Verify(account?.PasswordHash ?? PasswordHashes.Dummy, password ?? "");
        return account is not null && matches ? account : null;
    }
}
