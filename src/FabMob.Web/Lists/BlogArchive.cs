using FabMob.Content;

namespace FabMob.Web.Lists;

/// <summary>
/// The blog's main list at one publication moment: its entries without those of the excluded tags,
/// and the same entries by year (the year of each entry's date as the editor wrote it; undated
/// entries belong to no year). Built once per list the snapshot hands out, never per request.
/// </summary>
public sealed class BlogArchive
{
    private readonly Dictionary<int, ArchiveYear> _byYear;

    /// <param name="entries">The collection's entries the visitor may see, newest first.</param>
    /// <param name="excludedTags">Slugs of the tags whose entries the main list leaves out.</param>
    public BlogArchive(IReadOnlyList<ContentPage> entries, IReadOnlySet<string> excludedTags)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(excludedTags);
        Entries = excludedTags.Count == 0
            ? entries
            : [.. entries.Where(page => !page.FrontMatter.Tags.Any(tag => excludedTags.Contains(SlugBuilder.Slugify(tag.Trim()))))];
        Years = [.. Entries
            .Where(page => page.Date is not null)
            .GroupBy(page => page.Date!.Value.Year)
            .OrderByDescending(group => group.Key)
            .Select(group => new ArchiveYear(group.Key, [.. group]))];
        _byYear = Years.ToDictionary(year => year.Year);
    }

    /// <summary>The main list's entries, newest first.</summary>
    public IReadOnlyList<ContentPage> Entries { get; }

    /// <summary>The years that have entries, newest first.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; }

    /// <summary>The entries of <paramref name="year"/>, or null when it has none.</summary>
    public ArchiveYear? Year(int year) => _byYear.GetValueOrDefault(year);
}
