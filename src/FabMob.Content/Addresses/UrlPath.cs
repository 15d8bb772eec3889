using System.Text;

namespace FabMob.Content.Addresses;

/// <summary>Small, tested rules for site paths: joining, encoding for HTML and for HTTP headers.</summary>
public static class UrlPath
{
    /// <summary>Joins segments into a site path: <c>["à-propos", "nous"]</c> → <c>/à-propos/nous</c>.</summary>
    public static string FromSegments(IEnumerable<string> segments) => "/" + string.Join('/', segments);

    /// <summary>
    /// Encodes a site path for an <c>href</c>: ASCII characters that are not allowed in a URL path are
    /// percent-encoded; letters beyond ASCII are kept, as browsers show them (IRI).
    /// </summary>
    public static string ForHref(string path) => Encode(path, keepNonAscii: true);

    /// <summary>
    /// Percent-decodes a path as written in a link or a request and brings it to NFC; a malformed escape
    /// (<c>%zz</c>) leaves the text as it is rather than failing.
    /// </summary>
    public static string Decode(string path)
    {
        try
        {
            return ContentUrlRules.Normalize(Uri.UnescapeDataString(path));
        }
        catch (UriFormatException)
        {
            return ContentUrlRules.Normalize(path);
        }
    }

    /// <summary>Encodes a site path for an HTTP header such as <c>Location</c>: ASCII only.</summary>
    public static string ForHeader(string path) => Encode(path, keepNonAscii: false);

    private static string Encode(string path, bool keepNonAscii)
    {
        var result = new StringBuilder(path.Length + 16);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii ? IsPathSafeAscii((char)rune.Value) : keepNonAscii && !Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune))
            {
                result.Append(rune.ToString());
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < length; i++)
            {
                result.Append('%').Append(utf8[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    private static bool IsPathSafeAscii(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~' or '/' or '!' or '$' or '&' or '\'' or '(' or ')'
            or '*' or '+' or ',' or ';' or '=' or ':' or '@';
}
