using System.Globalization;
using FabMob.Content;

namespace FabMob.Web.Formatting;

/// <summary>Dates as French readers write them (« 24 mars 2015 »), in Paris time, with no dependency on the machine's culture data.</summary>
public static class FrenchDate
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Format(DateTimeOffset date)
    {
        var local = TimeZoneInfo.ConvertTime(date, ContentDate.Paris);
        var day = local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
        return $"{day} {Months[local.Month - 1]} {local.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The <c>datetime</c> attribute of a <c>&lt;time&gt;</c> element.</summary>
    public static string Machine(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, ContentDate.Paris).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
