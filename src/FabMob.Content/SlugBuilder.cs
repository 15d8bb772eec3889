using System.Text;

namespace FabMob.Content;

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
        var text = name.Normalize(NormalizationForm.FormC);
        var slug = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || IsMarkAfterLetter(rune, slug))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }

                pendingDash = false;
                slug.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingDash = true;
            }
        }

        return slug.ToString();
    }

    // A combining mark NFC could not compose (rare letters) stays with its letter.
    private static bool IsMarkAfterLetter(Rune rune, StringBuilder slug) =>
        slug.Length > 0 && slug[^1] != '-' &&
        Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
