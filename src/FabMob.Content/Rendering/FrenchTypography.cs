using System.Buffers;
using System.Text;

namespace FabMob.Content.Rendering;

/// <summary>
/// French spacing of punctuation, as the Imprimerie nationale sets it: a narrow no-break space
/// (U+202F) before <c>; ! ?</c>, after <c>«</c> and before <c>»</c>, a no-break space (U+00A0)
/// before <c>:</c>. So « Qui ? » never breaks before its « ? ».
/// </summary>
/// <remarks>
/// Only a space the author wrote before <c>; : ! ?</c> becomes a no-break space: none is added where
/// there was none, so times (<c>10:30</c>), addresses (<c>https://…?q=1</c>) and English text are
/// left as written. Guillemets, which only French text uses, get their space even when it is missing.
/// Apostrophes are never changed. Applying it twice gives the same text.
/// </remarks>
public static class FrenchTypography
{
    /// <summary>Narrow no-break space (espace fine insécable), before <c>; ! ?</c> and inside guillemets.</summary>
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>No-break space (espace mot insécable), before <c>:</c>.</summary>
    public const char NoBreakSpace = '\u00A0';

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(";:!?«»");

    /// <summary>Applies French spacing to a whole text (a title, a summary).</summary>
    public static string Apply(string? text) => text is null ? "" : Apply(text, before: null, after: null);

    /// <summary>
    /// Applies French spacing to a piece of text between two others: <paramref name="before"/> is the
    /// character just before it (null when unknown) and <paramref name="after"/> the character just after,
    /// so that « Qui » followed by « ? » in the next piece is handled as « Qui ? ».
    /// </summary>
    public static string Apply(string text, char? before, char? after)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsWork(text, before, after))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSpace(c))
            {
                var end = i;
                while (end < text.Length && IsSpace(text[end]))
                {
                    end++;
                }

                char? previous = i > 0 ? text[i - 1] : before;
                char? next = end < text.Length ? text[end] : after;
                var space = SpaceBetween(previous, next);
                if (space is { } kept)
                {
                    result.Append(kept);
                }
                else
                {
                    result.Append(text, i, end - i);
                }

                i = end;
                continue;
            }

            if (c == '»')
            {
                char? previous = i > 0 ? text[i - 1] : before;
                if (previous is { } p && !IsSpace(p) && !char.IsWhiteSpace(p))
                {
                    result.Append(NarrowNoBreakSpace);
                }
            }

            result.Append(c);
            if (c == '«')
            {
                char? next = i + 1 < text.Length ? text[i + 1] : after;
                if (next is { } n && !IsSpace(n) && !char.IsWhiteSpace(n))
                {
                    result.Append(NarrowNoBreakSpace);
                }
            }

            i++;
        }

        return result.ToString();
    }

    /// <summary>The space that belongs between two characters, or null to keep the author's spaces.</summary>
    private static char? SpaceBetween(char? previous, char? next) => next switch
    {
        ';' or '!' or '?' or '»' => NarrowNoBreakSpace,
        ':' => NoBreakSpace,
        _ when previous == '«' => NarrowNoBreakSpace,
        _ => null,
    };

    /// <summary>Spaces that may stand before French punctuation: ordinary, tab, no-break, thin, narrow no-break.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or NoBreakSpace or '\u2009' or NarrowNoBreakSpace;

    /// <summary>Whether <see cref="Apply(string, char?, char?)"/> may change <paramref name="text"/>; false means it gives it back as it is.</summary>
    internal static bool NeedsWork(ReadOnlySpan<char> text, char? before, char? after)
    {
        if (text.ContainsAny(Punctuation))
        {
            return true;
        }

        // The punctuation may be in the neighbouring piece of text.
        return (after is { } a && ";:!?»".Contains(a, StringComparison.Ordinal) && text.Length > 0 && IsSpace(text[^1])) ||
               (before == '«' && text.Length > 0 && IsSpace(text[0]));
    }
}
