using System.Globalization;

namespace FabMob.Content;

/// <summary>
/// Reads the date spellings found in real front matter: <c>2015-03-24</c>,
/// <c>2015-03-24T17:42:12.000Z</c>, <c>24-03-2015</c>, <c>24-03-2015 17:42</c> (and the same with
/// <c>/</c>). A date without an offset is the association's local time (Europe/Paris).
/// </summary>
public static class ContentDate
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "dd-MM-yyyy", "dd-MM-yyyy HH:mm", "dd-MM-yyyy HH:mm:ss",
        "dd/MM/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss",
        "yyyy/MM/dd", "yyyy/MM/dd HH:mm",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss K",
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
