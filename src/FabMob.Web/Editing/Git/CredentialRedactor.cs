using System.Text.RegularExpressions;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// Removes what could be a credential from git's output before it is logged or shown: the user-info part of a
/// URL (<c>https://user:token@host</c> becomes <c>https://***@host</c>) and any <c>Authorization</c>-like value.
/// </summary>
public static partial class CredentialRedactor
{
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Bearer().Replace(UserInfo().Replace(text, "://***@"), "$1***");
    }

    [GeneratedRegex(@"://[^/@\s]+@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfo();

    [GeneratedRegex(@"((?:authorization|bearer|basic|token|password)\s*[:=]?\s*)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();
}
