using System.Text;

namespace FabMob.Web.Search;

/// <summary>
/// A visitor's query turned into an FTS5 <c>MATCH</c> expression built from our own words only,
/// each quoted, so nothing the visitor types is ever read as the engine's syntax (<c>OR</c>,
/// <c>NEAR(</c>, <c>*</c>, <c>-</c>, <c>^</c>, column filters…). Every word must be found (AND),
/// in any of its spellings (<see cref="FrenchWords.Variants"/>); text between double quotes
/// (<c>"…"</c>, <c>« … »</c>, <c>“…”</c>) is a phrase whose words follow each other.
/// Elisions (<c>l'</c>, <c>qu’</c>…) are dropped from words, and small words (<c>le</c>,
/// <c>de</c>…) too unless the query has nothing else.
/// </summary>
public sealed class SearchQuery
{
    /// <summary>At most this many words or phrases are searched; the rest of a long query is ignored.</summary>
    public const int MaxClauses = 32;

    // A phrase of many words would have too many spellings: past this, only the words as typed.
    private const int MaxPhraseSpellings = 32;

    private SearchQuery(string text, IReadOnlyList<string> words, string? matchExpression)
    {
        Text = text;
        Words = words;
        MatchExpression = matchExpression;
    }

    /// <summary>The cleaned query (see <see cref="SearchText.Clean"/>).</summary>
    public string Text { get; }

    /// <summary>The folded words and phrases searched, for display and tests.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The FTS5 expression, or null when there is nothing to search (no letter nor digit).</summary>
    public string? MatchExpression { get; }

    public bool IsEmpty => MatchExpression is null;

    /// <summary>Reads a cleaned query (see <see cref="SearchText.Clean"/>).</summary>
    public static SearchQuery Parse(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var terms = new List<(string Word, bool Quoted)>();
        var phrases = new List<List<string>>();
        var segments = cleaned.Split(['"', '«', '»', '“', '”', '„']);
        for (var i = 0; i < segments.Length; i++)
        {
            // Odd segments are between quotes; an unclosed quote leaves plain words.
            var quoted = i % 2 == 1 && i < segments.Length - 1;
            var words = SearchText.Words(segments[i]);
            if (quoted && words.Count > 1)
            {
                phrases.Add([.. words.Select(w => w.Word)]);
                continue;
            }

            foreach (var (word, beforeApostrophe) in words)
            {
                if (!quoted && beforeApostrophe && FrenchWords.IsElision(word))
                {
                    continue;
                }

                terms.Add((word, quoted));
            }
        }

        // Small words count only when the query has nothing else, or when quoted.
        var meaningful = terms.Where(t => t.Quoted || !FrenchWords.IsStopWord(t.Word)).ToList();
        if (meaningful.Count > 0 || phrases.Count > 0)
        {
            terms = meaningful;
        }

        var clauses = new List<string>();
        var searched = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, _) in terms)
        {
            if (seen.Add(FrenchWords.Singular(term)))
            {
                searched.Add(term);
                clauses.Add(AnyOf(FrenchWords.Variants(term).Select(Quote)));
            }
        }

        foreach (var phrase in phrases)
        {
            if (seen.Add(string.Join(' ', phrase.Select(FrenchWords.Singular))))
            {
                searched.Add(string.Join(' ', phrase));
                clauses.Add(AnyOf(Spellings(phrase).Select(words => Quote(string.Join(' ', words)))));
            }
        }

        if (clauses.Count > MaxClauses)
        {
            clauses.RemoveRange(MaxClauses, clauses.Count - MaxClauses);
            searched.RemoveRange(MaxClauses, searched.Count - MaxClauses);
        }

        return new SearchQuery(cleaned, searched, clauses.Count == 0 ? null : string.Join(" AND ", clauses));
    }

    private static IEnumerable<IReadOnlyList<string>> Spellings(List<string> phrase)
    {
        var variants = phrase.Select(FrenchWords.Variants).ToList();
        var count = variants.Aggregate(1L, (n, v) => Math.Min(n * v.Count, MaxPhraseSpellings + 1));
        if (count > MaxPhraseSpellings)
        {
            return [phrase];
        }

        IEnumerable<IReadOnlyList<string>> spellings = [[]];
        foreach (var forms in variants)
        {
            spellings = spellings.SelectMany(start => forms.Select(form => (IReadOnlyList<string>)[.. start, form])).ToList();
        }

        return spellings;
    }

    private static string AnyOf(IEnumerable<string> quoted)
    {
        var list = quoted.ToList();
        return list.Count == 1 ? list[0] : "(" + string.Join(" OR ", list) + ")";
    }

    // An FTS5 string: double quotes doubled; our words never hold one, but the rule costs nothing.
    private static string Quote(string text) => new StringBuilder(text.Length + 2)
        .Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
