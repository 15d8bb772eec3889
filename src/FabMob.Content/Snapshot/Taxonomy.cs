using FabMob.Content.Addresses;

namespace FabMob.Content.Snapshot;

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
    /// <param name="newestFirst">The site's pages in <see cref="NewestFirst"/> order: each term keeps that order, no term is sorted.</param>
    /// <param name="terms">The terms a page lists.</param>
    public Taxonomy(IEnumerable<ContentPage> newestFirst, Func<ContentPage, IReadOnlyList<string>> terms)
    {
        // Thousands of pages share a few hundred terms: each spelling is slugged once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, TermBuilder>(StringComparer.Ordinal);
        foreach (var page in newestFirst)
        {
            foreach (var written in terms(page))
            {
                var term = written.Trim();
                if (!slugs.TryGetValue(term, out var slug))
                {
                    slug = SlugBuilder.Slugify(term);
                    slugs[term] = slug;
                }

                if (slug.Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue(slug, out var group))
                {
                    group = new TermBuilder();
                    groups[slug] = group;
                }

                group.Add(term, page);
            }
        }

        Terms = groups.ToDictionary(pair => pair.Key, pair => pair.Value.Build(pair.Key), StringComparer.Ordinal);
        Sorted = [.. Terms.Values.OrderBy(t => t.Label, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, true))];
    }

    public IReadOnlyDictionary<string, TaxonomyTerm> Terms { get; }

    /// <summary>Terms in alphabetical order of their labels.</summary>
    public IReadOnlyList<TaxonomyTerm> Sorted { get; }

    /// <summary>One term's pages as they come (a page once, however many spellings it lists) and how often each spelling is used.</summary>
    private sealed class TermBuilder
    {
        private readonly List<ContentPage> _pages = [];
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);

        public void Add(string spelling, ContentPage page)
        {
            _spellings[spelling] = _spellings.GetValueOrDefault(spelling) + 1;
            // Pages come one after the other: a page listing the term twice is its last one.
            if (_pages.Count == 0 || !ReferenceEquals(_pages[^1], page))
            {
                _pages.Add(page);
            }
        }

        /// <summary>The term, labelled with its most used spelling (ties: the first in ordinal order).</summary>
        public TaxonomyTerm Build(string slug)
        {
            var label = _spellings
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .First().Key;
            return new TaxonomyTerm(slug, label, _pages);
        }
    }
}
