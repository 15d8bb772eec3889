using System.Globalization;

namespace FabMob.Content.FrontMatterParsing;

/// <summary>
/// Reads the date spellings found in real front matter: <c>2015-03-24</c>,
/// <c>2015-03-24T17:42:12.000Z</c>, <c>24-03-2015</c>, <c>24-03-2015 17:42</c> (and the same with
/// <c>/</c>), day and month with or without their leading zero (<c>2023-10-9</c>, as editors write
/// them). A date without an offset is the association's local time (Europe/Paris).
/// </summary>
public static class ContentDate
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-M-d", "yyyy-M-d HH:mm", "yyyy-M-d HH:mm:ss", "yyyy-M-dTHH:mm", "yyyy-M-dTHH:mm:ss",
        "yyyy-M-dTHH:mm:ss.FFFFFFF",
        "d-M-yyyy", "d-M-yyyy HH:mm", "d-M-yyyy HH:mm:ss",
        "d/M/yyyy", "d/M/yyyy HH:mm", "d/M/yyyy HH:mm:ss",
        "yyyy/M/d", "yyyy/M/d HH:mm",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-M-dTHH:mm:ssK", "yyyy-M-dTHH:mm:ss.FFFFFFFK", "yyyy-M-dTHH:mmK",
        "yyyy-M-d HH:mm:ssK", "yyyy-M-d HH:mm:ss.FFFFFFFK", "yyyy-M-d HH:mm:ss K",
    ];

    /// <summary>The association's time zone, used for dates written without an offset.</summary>
    public static TimeZoneInfo Paris { get; } = FindParis();

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out value) && HasExplicitOffset(trimmed))
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            value = new DateTimeOffset(local, Paris.GetUtcOffset(local));
            return true;
        }

        value = default;
        return false;
    }

    private static bool HasExplicitOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') ||
        (text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':');

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
