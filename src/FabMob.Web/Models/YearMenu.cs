using FabMob.Web.Lists;
using FabMob.Web.Publication;

namespace FabMob.Web.Models;

/// <summary>The years of the blog with their number of articles, newest first, and the year shown (null: all of them).</summary>
public sealed record YearMenu(IReadOnlyList<TermLink> Years, int? Current)
{
    /// <summary>The menu of <paramref name="archive"/>'s years; null when no entry has a date.</summary>
    public static YearMenu? Of(BlogArchive archive, int? current)
    {
        ArgumentNullException.ThrowIfNull(archive);
        return archive.Years.Count == 0
            ? null
            : new YearMenu([.. archive.Years.Select(year => new TermLink(
                year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), SiteUrls.BlogYear(year.Year), year.Entries.Count))], current);
    }

    public bool IsCurrent(TermLink year) =>
        Current is { } current && year.Label == current.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
