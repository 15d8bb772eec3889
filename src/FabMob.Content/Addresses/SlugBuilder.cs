using System.Text;

namespace FabMob.Content.Addresses;

/// <summary>
/// Turns a file or folder name into a URL segment: NFC, lower case, accents kept, every run of
/// other characters (spaces, underscores, apostrophes, punctuation) turned into one <c>-</c>,
/// ends trimmed. <c>Aller vers le covoiturage par l'expérimentation</c> →
/// <c>aller-vers-le-covoiturage-par-l-expérimentation</c>.
/// </summary>
public static class SlugBuilder
{
    public static string Slugify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsAsciiSlug(name))
        {
            // Already a segment (most folder names and every URL segment looked up again): as is.
            return name;
        }

        var text = name.Normalize(NormalizationForm.FormC);
        var slug = new StringBuilder(text.Length);
        var pendingDash = false;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || IsMarkAfterLetter(rune, slug))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingDash = false;
                slug.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.ToString();
    }

    /// <summary>Lower-case ASCII letters and digits in runs joined by single dashes: its own slug.</summary>
    private static bool IsAsciiSlug(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '-')
            {
                if (i == 0 || i == name.Length - 1 || name[i - 1] == '-')
                {
                    return false;
                }
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // A combining mark NFC could not compose (rare letters) stays with its letter.
    private static bool IsMarkAfterLetter(Rune rune, StringBuilder slug) =>
        slug.Length > 0 && slug[^1] != '-' &&
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
