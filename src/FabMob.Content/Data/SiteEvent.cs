using FabMob.Content.FrontMatterParsing;

namespace FabMob.Content.Data;

/// <summary>An event of the association's calendar.</summary>
public sealed record SiteEvent(DateTimeOffset? Date, string Title, string? Description, string? Picture, string? Url)
{
    /// <summary>Whether the date was written with a time of day (<c>2025-09-29T09:30:00</c>), not a day alone.</summary>
    public bool HasTime { get; init; }

    /// <summary>
    /// Roles: <c>date</c>, <c>title</c> (<c>titre</c>), <c>text</c> (<c>description</c>),
    /// <c>image</c> (<c>picture</c>), <c>link</c> (<c>url</c>).
    /// </summary>
    public static DataFields Fields { get; } = new(new Dictionary<string, string[]>
    {
        ["date"] = ["date", "quand", "when"],
        ["title"] = ["titre", "title", "nom", "name"],
        ["text"] = ["description", "résumé", "resume", "summary"],
        ["image"] = ["picture", "image", "photo"],
        ["link"] = ["url", "lien", "link"],
    });

    /// <summary>
    /// Reads an events file: a list (or an <c>événements</c>/<c>events</c> key holding one) of
    /// <c>date</c>, <c>titre</c>/<c>title</c>, <c>description</c>, <c>picture</c>/<c>image</c>,
    /// <c>url</c>/<c>lien</c>. Entries without a title are skipped; a date that does not read is no date.
    /// </summary>
    public static IReadOnlyList<SiteEvent> Read(object? data, DataFields? fields = null)
    {
        fields ??= Fields;
        if (data is IReadOnlyDictionary<string, object?> map &&
            DataValues.Value(map, "événements", "evenements", "events", "agenda") is { } list)
        {
            data = list;
        }

        var events = new List<SiteEvent>();
        foreach (var (_, item) in DataValues.Items(data))
        {
            if (item is not IReadOnlyDictionary<string, object?> entry || fields.Text(entry, "title") is not { } title)
            {
                continue;
            }

            var text = fields.Text(entry, "date");
            DateTimeOffset? date = text is not null && ContentDate.TryParse(text, out var parsed) ? parsed : null;
            events.Add(new SiteEvent(date, title, fields.Text(entry, "text"), fields.Path(entry, "image"), fields.Link(entry, "link"))
            {
                HasTime = date is not null && text!.Trim().Length > 10,
            });
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
