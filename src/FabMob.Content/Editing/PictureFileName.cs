using System.Globalization;
using System.Text;

namespace FabMob.Content.Editing;

/// <summary>
/// Cleans an uploaded file's name into one safe everywhere (URL, git, any file system): the last path
/// segment only, accents folded (<c>é</c> → <c>e</c>, <c>œ</c> → <c>oe</c>), lower case, every run of
/// other characters (spaces, control characters, dots, slashes) → <c>-</c>, length capped, extension
/// lower case. <c>../Été 2024/Réunion N°1 (1).JPG</c> → <c>reunion-n-1-1.jpg</c>.
/// </summary>
public static class PictureFileName
{
    /// <summary>The cleaned base name (may be empty: nothing usable) and the extension (lower case, with its dot, or empty).</summary>
    public static (string Name, string Extension) Clean(string uploaded, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(uploaded);
        var name = uploaded[(uploaded.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 ? "." + Fold(name[(dot + 1)..]) : "";
        var stem = Fold(dot > 0 ? name[..dot] : name);
        if (stem.Length > maxLength)
        {
            var cut = stem.LastIndexOf('-', maxLength);
            stem = (cut > maxLength / 2 ? stem[..cut] : stem[..maxLength]).TrimEnd('-');
        }

        return (stem, extension == "." ? "" : extension);
    }

    /// <summary>ASCII letters and digits in lower case, runs of anything else as one <c>-</c>, ends trimmed.</summary>
    private static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                'ß' => "ss",
                'ø' or 'Ø' => "o",
                'đ' or 'Đ' => "d",
                'ł' or 'Ł' => "l",
                _ when char.IsAsciiLetterOrDigit(c) => char.ToLowerInvariant(c).ToString(),
                _ => null,
            };
            if (folded is null)
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash && result.Length > 0)
            {
                result.Append('-');
            }

            pendingDash = false;
            result.Append(folded);
        }

        return result.ToString();
    }
}
