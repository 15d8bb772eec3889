using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace FabMob.Web.Publishing;

/// <summary>
/// Decides whether a webhook delivery comes from a forge that knows the secret. Accepted proofs:
/// GitHub's <c>X-Hub-Signature-256: sha256=&lt;hex&gt;</c>, Gitea's <c>X-Gitea-Signature</c> and
/// Forgejo's <c>X-Forgejo-Signature</c> (hex, no prefix), each an HMAC-SHA256 of the raw body with the
/// secret, and GitLab's <c>X-Gitlab-Token</c> equal to the secret. Every comparison takes constant time.
/// </summary>
public static class WebhookSignature
{
    public const string GitHubHeader = "X-Hub-Signature-256";
    public const string GiteaHeader = "X-Gitea-Signature";
    public const string ForgejoHeader = "X-Forgejo-Signature";
    public const string GitLabTokenHeader = "X-Gitlab-Token";

    private const string GitHubPrefix = "sha256=";
    private const int MacLength = 32;

    /// <summary>The HMAC-SHA256 of <paramref name="body"/> with <paramref name="secret"/>.</summary>
    public static byte[] Mac(string secret, ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);

    /// <summary>
    /// True when one of the delivery's proof headers matches: a signature equal to
    /// <paramref name="bodyMac"/> (the body's HMAC with the secret) or a GitLab token equal to the secret.
    /// </summary>
    public static bool IsAuthentic(IHeaderDictionary headers, string secret, ReadOnlySpan<byte> bodyMac)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(secret);
        var authentic = false;
        // Every present header is checked (no early exit), so timing says nothing about which one matched.
        foreach (var value in headers[GitHubHeader])
        {
            authentic |= value is not null && value.StartsWith(GitHubPrefix, StringComparison.OrdinalIgnoreCase)
                && HexEquals(value.AsSpan(GitHubPrefix.Length), bodyMac);
        }

        foreach (var header in new[] { GiteaHeader, ForgejoHeader })
        {
            foreach (var value in headers[header])
            {
                authentic |= value is not null && HexEquals(value, bodyMac);
            }
        }

        foreach (var value in headers[GitLabTokenHeader])
        {
            authentic |= value is not null && TokenEquals(value, secret);
        }

        return authentic;
    }

    private static bool HexEquals(ReadOnlySpan<char> hex, ReadOnlySpan<byte> expected)
    {
        hex = hex.Trim();
        if (hex.Length != MacLength * 2 || expected.Length != MacLength)
        {
            return false;
        }

        Span<byte> given = stackalloc byte[MacLength];
        return Convert.FromHexString(hex, given, out _, out var written) == OperationStatus.Done
            && written == MacLength
            && CryptographicOperations.FixedTimeEquals(given, expected);
    }

    // Hashing both sides first gives equal lengths, so not even the secret's length leaks.
    private static bool TokenEquals(string token, string secret) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(token)),
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
