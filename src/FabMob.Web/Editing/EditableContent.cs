using System.Globalization;

namespace FabMob.Web.Editing;

/// <summary>What the editor can open in one snapshot: pages, articles by year, data files; filtered by title.</summary>
public sealed record EditableContent(IReadOnlyList<EditableEntry> Pages, IReadOnlyList<EditableYear> Years, IReadOnlyList<EditableEntry> DataFiles)
{
    private static readonly CompareInfo French = CultureInfo.GetCultureInfo("fr-FR").CompareInfo;

    public int Count => Pages.Count + Years.Sum(y => y.Articles.Count) + DataFiles.Count;

    /// <summary>The entries whose title contains <paramref name="query"/>, ignoring case and accents; all of them for an empty query.</summary>
    public EditableContent Filter(string? query)
    {
        var text = (query ?? "").Trim();
        if (text.Length == 0)
        {
            return this;
        }

        bool Keeps(EditableEntry entry) =>
            French.IndexOf(entry.Title, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
        return new EditableContent(
            [.. Pages.Where(Keeps)],
            [.. Years.Select(y => y with { Articles = [.. y.Articles.Where(Keeps)] }).Where(y => y.Articles.Count > 0)],
            [.. DataFiles.Where(Keeps)]);
    }
}
