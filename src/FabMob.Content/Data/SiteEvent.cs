namespace FabMob.Content.Data;

/// <summary>An event of the association's calendar.</summary>
public sealed record SiteEvent(DateTimeOffset? Date, string Title, string? Description, string? Picture, string? Url)
{
    /// <summary>
    /// Reads an events file: a list (or an <c>événements</c>/<c>events</c> key holding one) of
    /// <c>date</c>, <c>titre</c>/<c>title</c>, <c>description</c>, <c>picture</c>/<c>image</c>,
    /// <c>url</c>/<c>lien</c>. Entries without a title are skipped.
    /// </summary>
    public static IReadOnlyList<SiteEvent> Read(object? data)
    {
        if (data is IReadOnlyDictionary<string, object?> map &&
            DataValues.Value(map, "événements", "evenements", "events", "agenda") is { } list)
        {
            data = list;
        }

        var events = new List<SiteEvent>();
        foreach (var (_, item) in DataValues.Items(data))
        {
            if (item is not IReadOnlyDictionary<string, object?> entry ||
                DataValues.Text(entry, "titre", "title", "nom", "name") is not { } title)
            {
                continue;
            }

            DateTimeOffset? date = DataValues.Text(entry, "date") is { } text && ContentDate.TryParse(text, out var parsed)
                ? parsed
                : null;
            events.Add(new SiteEvent(date, title, DataValues.Text(entry, "description", "résumé"),
                DataValues.SitePath(DataValues.Text(entry, "picture", "image", "photo")),
                DataValues.Text(entry, "url", "lien", "link")));
        }

        return events;
    }

    /// <summary>
    /// Upcoming events (from today, Paris time) soonest first, and past events latest first; undated
    /// events are listed last among the past ones.
    /// </summary>
    public static (IReadOnlyList<SiteEvent> Upcoming, IReadOnlyList<SiteEvent> Past) Split(IEnumerable<SiteEvent> events, DateTimeOffset now)
    {
        var today = TimeZoneInfo.ConvertTime(now, ContentDate.Paris).Date;
        var all = events.ToList();
        bool IsUpcoming(SiteEvent e) => e.Date is { } date && TimeZoneInfo.ConvertTime(date, ContentDate.Paris).Date >= today;
        return ([.. all.Where(IsUpcoming).OrderBy(e => e.Date)],
            [.. all.Where(e => !IsUpcoming(e)).OrderByDescending(e => e.Date ?? DateTimeOffset.MinValue)]);
    }
}
