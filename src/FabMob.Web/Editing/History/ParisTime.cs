using System.Globalization;

namespace FabMob.Web.Editing.History;

/// <summary>Commit dates as the association reads them: Europe/Paris time, French words (« 6 décembre 2026 à 17:07 »).</summary>
public static class ParisTime
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Format(DateTimeOffset moment)
    {
        var local = TimeZoneInfo.ConvertTime(moment, Paris);
        return local.ToString("d MMMM yyyy 'à' HH:mm", French);
    }

    /// <summary>The moment in ISO 8601 with its Paris offset, for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Paris).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
