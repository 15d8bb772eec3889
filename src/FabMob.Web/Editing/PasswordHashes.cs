using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace FabMob.Web.Editing;

/// <summary>
/// Password hashes through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (format v3: PBKDF2 with
/// HMAC-SHA512, a random salt, the iteration count stored in the hash). No hand-written key derivation.
/// </summary>
public static class PasswordHashes
{
    private static readonly PasswordHasher<EditorAccount> Hasher = new();

    /// <summary>A hash of a random password, verified for unknown accounts so that they cost the same work.</summary>
    public static string Dummy { get; } = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="hash"/> is a v3 hash the hasher can read (base64, format marker 0x01, salt and subkey).</summary>
    public static bool IsWellFormed(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length >= 13 + 16 + 16 && bytes[0] == 0x01;
    }

    /// <summary>A short fingerprint of a hash: a session made before the password changed no longer matches.</summary>
    public static string StampOf(string hash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(hash)), 0, 8);
}
