using System.Collections.Frozen;

namespace FabMob.Content;

/// <summary>One tag or category: its slug (the URL segment), its label as editors wrote it, its pages newest first.</summary>
public sealed record TaxonomyTerm(string Slug, string Label, IReadOnlyList<ContentPage> Pages)
{
    private EntryList? _entries;

    /// <summary>The pages of this term the public sees at <paramref name="now"/> (computed once per publication moment).</summary>
    public IReadOnlyList<ContentPage> Published(DateTimeOffset now, bool includeUnpublished = false) =>
        includeUnpublished ? Pages : (_entries ??= new EntryList(Pages)).At(now);
}

/// <summary>
/// Tags or categories of the site: terms are grouped by slug, so <c>Vélo</c>, <c>vélo</c> and
/// <c>velo </c> spelled alike after slugging are one term, labelled with its most used spelling.
/// Empty values are ignored.
/// </summary>
public sealed class Taxonomy
{
    public Taxonomy(IEnumerable<ContentPage> pages, Func<ContentPage, IReadOnlyList<string>> terms)
    {
        // Thousands of pages share a few hundred terms: each spelling is slugged once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        string Slug(string term)
        {
            if (!slugs.TryGetValue(term, out var slug))
            {
                slug = SlugBuilder.Slugify(term);
                slugs[term] = slug;
            }

            return slug;
        }

        Terms = pages
            .SelectMany(page => terms(page).Select(term => (Term: term.Trim(), Page: page)))
            .Select(x => (x.Term, x.Page, Slug: Slug(x.Term)))
            .Where(x => x.Slug.Length > 0)
            .GroupBy(x => x.Slug, StringComparer.Ordinal)
            .Select(group => new TaxonomyTerm(
                group.Key,
                group.GroupBy(x => x.Term, StringComparer.Ordinal).OrderByDescending(g => g.Count())
                    .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key,
                [.. group.Select(x => x.Page).Distinct(ReferenceEqualityComparer.Instance).Cast<ContentPage>()
                    .OrderBy(p => p, NewestFirst.Instance)]))
            .ToFrozenDictionary(term => term.Slug, StringComparer.Ordinal);
        Sorted = [.. Terms.Values.OrderBy(t => t.Label, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, true))];
    }

    public FrozenDictionary<string, TaxonomyTerm> Terms { get; }

    /// <summary>Terms in alphabetical order of their labels.</summary>
    public IReadOnlyList<TaxonomyTerm> Sorted { get; }
}
