using System.Globalization;
using System.Text;

namespace FabMob.Web.Search;

/// <summary>
/// The text rules search shares between what is indexed and what is asked: cleaning of what a
/// visitor typed (control, format and right-to-left characters, private-use characters), words
/// cut the way SQLite's <c>unicode61</c> tokenizer cuts them (letters, digits and their marks;
/// everything else separates, apostrophes included), and folding of a word (lower case, no
/// accents, <c>œ</c> and <c>æ</c> kept as the index keeps them).
/// </summary>
public static class SearchText
{
    /// <summary>
    /// What the visitor typed, made safe to read: NFC, line breaks and tabs turned into spaces, other control characters
    /// dropped, format characters (right-to-left overrides, zero-width characters, soft hyphens),
    /// private-use characters and lone surrogates dropped, runs of spaces collapsed, ends trimmed.
    /// </summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }

        var text = new StringBuilder(raw.Length);
        var space = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                var pair = raw.AsSpan(i, 2);
                i++;
                if (CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(pair[0], pair[1])) is UnicodeCategory.Format
                    or UnicodeCategory.PrivateUse)
                {
                    continue;
                }

                AppendPending(text, ref space);
                text.Append(pair);
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Surrogate or UnicodeCategory.Format or UnicodeCategory.PrivateUse:
                    break;
                case UnicodeCategory.Control when !char.IsWhiteSpace(c):
                    break;
                case UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.SpaceSeparator:
                    space = true;
                    break;
                default:
                    AppendPending(text, ref space);
                    text.Append(c);
                    break;
            }
        }

        return text.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of <paramref name="text"/> as the index cuts them, each folded, with whether an
    /// apostrophe (<c>'</c>, <c>’</c>, <c>ʼ</c>) follows it directly: <c>l'expérimentation</c> →
    /// (<c>l</c>, true), (<c>experimentation</c>, false).
    /// </summary>
    public static List<(string Word, bool BeforeApostrophe)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var word = new StringBuilder();
        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i <= runes.Count; i++)
        {
            if (i < runes.Count && IsWordRune(runes[i], word.Length > 0))
            {
                word.Append(runes[i].ToString());
                continue;
            }

            if (word.Length > 0)
            {
                var folded = Fold(word.ToString());
                if (folded.Length > 0)
                {
                    words.Add((folded, i < runes.Count && IsApostrophe(runes[i])));
                }

                word.Clear();
            }
        }

        return words;
    }

    /// <summary>Lower case, accents removed (NFD, marks dropped), back to NFC: <c>Vélo</c> → <c>velo</c>, <c>Œuvre</c> → <c>œuvre</c>.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark))
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether <paramref name="c"/> is one of the private-use characters search uses as markers.</summary>
    public static bool IsMarker(char c) => c is SearchHighlight.Start or SearchHighlight.End;

    private static void AppendPending(StringBuilder text, ref bool space)
    {
        if (space && text.Length > 0)
        {
            text.Append(' ');
        }

        space = false;
    }

    // unicode61's token characters: letters and numbers; a mark belongs to the word it follows.
    private static bool IsWordRune(Rune rune, bool inWord) =>
        Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => inWord,
            _ => false,
        };

    private static bool IsApostrophe(Rune rune) => rune.Value is '\'' or '\u2019' or '\u02BC';
}
