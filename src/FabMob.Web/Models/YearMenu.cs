using FabMob.Web.Lists;
using FabMob.Web.Routing;

namespace FabMob.Web.Models;

/// <summary>
/// The years of the blog with their number of articles, newest first, the year shown (null: all of them)
/// and the address of the whole list.
/// </summary>
public sealed record YearMenu(IReadOnlyList<TermLink> Years, int? Current, string AllUrl)
{
    /// <summary>The menu of <paramref name="archive"/>'s years; null when no entry has a date.</summary>
    public static YearMenu? Of(BlogArchive archive, GeneratedAddresses addresses, int? current)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(addresses);
        return archive.Years.Count == 0
            ? null
            : new YearMenu([.. archive.Years.Select(year => new TermLink(
                year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), addresses.BlogYear(year.Year), year.Entries.Count))], current, addresses.Blog);
    }

    public bool IsCurrent(TermLink year) =>
        Current is { } current && year.Label == current.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
