using System.Globalization;
using System.Net;
using System.Text;

namespace FabMob.Content.Addresses;

/// <summary>
/// Decides whether an address written by an editor would run script when followed or loaded:
/// <c>javascript:</c>, <c>vbscript:</c>, <c>livescript:</c> and <c>data:</c> (except images in
/// <c>&lt;img src&gt;</c>), however spelled (case, character references, tabs and line breaks that
/// browsers drop). An address whose scheme hides behind an unknown character reference is refused.
/// </summary>
internal static class UrlSafety
{
    private static readonly Dictionary<string, string> Html5Only = new(StringComparer.Ordinal)
    {
        ["colon"] = ":", ["Tab"] = "\t", ["NewLine"] = "\n", ["sol"] = "/", ["period"] = ".", ["excl"] = "!",
        ["lpar"] = "(", ["rpar"] = ")", ["num"] = "#", ["quest"] = "?", ["equals"] = "=", ["plus"] = "+",
        ["comma"] = ",", ["semi"] = ";", ["lowbar"] = "_", ["hyphen"] = "-", ["dash"] = "‐",
    };

    /// <summary>The scheme that makes <paramref name="url"/> dangerous (<c>javascript</c>…), or null when it is safe.</summary>
    /// <param name="url">The address as the browser reads it (raw HTML: character references not yet decoded).</param>
    /// <param name="allowDataImage">True for an image source, where <c>data:image/…</c> is an image and nothing else.</param>
    public static string? DangerousScheme(string url, bool allowDataImage)
    {
        ArgumentNullException.ThrowIfNull(url);
        var decoded = DecodeReferences(url);
        var compact = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            // Browsers trim C0 controls and spaces around a URL and drop tabs and line breaks inside it.
            if (c > ' ')
            {
                compact.Append(c);
            }
        }

        var text = compact.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var cut = text.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (cut >= 0 && cut < colon))
        {
            // No scheme: a relative address. One whose scheme could hide behind an undecoded reference is refused.
            var head = cut < 0 ? text : text[..cut];
            return head.Contains('&', StringComparison.Ordinal) && head.Contains(';', StringComparison.Ordinal) ? "&" : null;
        }

        var scheme = text[..colon];
        if (scheme.Length == 0 || !char.IsAsciiLetter(scheme[0]) ||
            !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return scheme.Contains('&', StringComparison.Ordinal) ? "&" : null;
        }

        scheme = scheme.ToLowerInvariant();
        return scheme switch
        {
            "javascript" or "vbscript" or "livescript" => scheme,
            "data" when allowDataImage && text.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) => null,
            "data" => scheme,
            _ => null,
        };
    }

    /// <summary>Decodes numeric and named character references as browsers do in attribute values (semicolon optional for numbers).</summary>
    internal static string DecodeReferences(string value)
    {
        if (!value.Contains('&', StringComparison.Ordinal))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c != '&')
            {
                result.Append(c);
                i++;
                continue;
            }

            if (i + 1 < value.Length && value[i + 1] == '#')
            {
                var j = i + 2;
                var hex = j < value.Length && value[j] is 'x' or 'X';
                if (hex)
                {
                    j++;
                }

                var start = j;
                while (j < value.Length && (hex ? char.IsAsciiHexDigit(value[j]) : char.IsAsciiDigit(value[j])))
                {
                    j++;
                }

                if (j > start)
                {
                    var digits = value[start..j].TrimStart('0');
                    var code = digits.Length == 0 ? 0 : digits.Length > 7 ? int.MaxValue :
                        int.Parse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
                    result.Append(code is > 0 and < 0x110000 and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
                    i = j < value.Length && value[j] == ';' ? j + 1 : j;
                    continue;
                }
            }
            else
            {
                var j = i + 1;
                while (j < value.Length && char.IsAsciiLetterOrDigit(value[j]))
                {
                    j++;
                }

                if (j > i + 1 && j < value.Length && value[j] == ';')
                {
                    var name = value[(i + 1)..j];
                    var known = Html5Only.TryGetValue(name, out var text) ? text : WebUtility.HtmlDecode(value[i..(j + 1)]);
                    if (known != value[i..(j + 1)])
                    {
                        result.Append(known);
                        i = j + 1;
                        continue;
                    }
                }
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }
}
