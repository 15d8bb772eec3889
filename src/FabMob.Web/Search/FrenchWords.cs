using System.Collections.Frozen;

namespace FabMob.Web.Search;

/// <summary>
/// What search knows of French, on folded words (see <see cref="SearchText.Fold"/>): elided
/// articles and pronouns (<c>l'</c>, <c>d'</c>, <c>qu'</c>…), the small words a query can do
/// without, and the spellings of a word that count as the same word (singular and plural,
/// <c>œ</c> and <c>oe</c>).
/// </summary>
public static class FrenchWords
{
    private static readonly FrozenSet<string> Elisions = FrozenSet.Create(StringComparer.Ordinal,
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu");

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
        "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles", "en",
        "est", "et", "eux", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais", "me",
        "mes", "mon", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s", "sa",
        "se", "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "ton", "tu", "un", "une", "vos", "votre", "vous", "y");

    /// <summary>Whether <paramref name="word"/>, written just before an apostrophe, is an elision (<c>l'</c>, <c>qu'</c>…).</summary>
    public static bool IsElision(string word) => Elisions.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a small word (article, preposition, pronoun) a query can do without.</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>
    /// The singular form of a folded word: a final <c>s</c> or <c>x</c> dropped from words of more
    /// than three letters (<c>velos</c> → <c>velo</c>, <c>reseaux</c> → <c>reseau</c>); numbers are kept.
    /// </summary>
    public static string Singular(string word) =>
        word.Length > 3 && word[^1] is ('s' or 'x') && !char.IsAsciiDigit(word[^2]) ? word[..^1] : word;

    /// <summary>
    /// Every spelling that counts as <paramref name="word"/>: singular, plural in <c>s</c> (and in
    /// <c>x</c> after <c>u</c>: <c>reseau</c>, <c>reseaux</c>), each with <c>œ</c>/<c>oe</c> and
    /// <c>æ</c>/<c>ae</c> both ways, since the index keeps these letters as written. The word as
    /// given comes first.
    /// </summary>
    public static IReadOnlyList<string> Variants(string word)
    {
        var variants = new List<string> { word };
        foreach (var form in Ligatures(Singular(word)))
        {
            Add(variants, form);
            if (!char.IsAsciiDigit(form[^1]))
            {
                Add(variants, form + "s");
                if (form[^1] == 'u')
                {
                    Add(variants, form + "x");
                }
            }
        }

        return variants;
    }

    private static IEnumerable<string> Ligatures(string word)
    {
        yield return word;
        var joined = word.Replace("oe", "œ", StringComparison.Ordinal).Replace("ae", "æ", StringComparison.Ordinal);
        if (joined != word)
        {
            yield return joined;
        }

        var split = word.Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
        if (split != word)
        {
            yield return split;
        }
    }

    private static void Add(List<string> variants, string form)
    {
        if (!variants.Contains(form, StringComparer.Ordinal))
        {
            variants.Add(form);
        }
    }
}
