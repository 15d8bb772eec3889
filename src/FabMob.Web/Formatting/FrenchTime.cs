using System.Globalization;
using FabMob.Content;

namespace FabMob.Web.Formatting;

/// <summary>A time of day as French readers write it (« 9 h 30 », « 14 h »), in Paris time.</summary>
public static class FrenchTime
{
    public static string Format(DateTimeOffset date)
    {
        var local = TimeZoneInfo.ConvertTime(date, ContentDate.Paris);
        var hour = local.Hour.ToString(CultureInfo.InvariantCulture);
        return local.Minute == 0 ? $"{hour}\u00a0h" : $"{hour}\u00a0h\u00a0{local.Minute.ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The <c>datetime</c> attribute of a <c>&lt;time&gt;</c> element with its time of day and offset.</summary>
    public static string Machine(DateTimeOffset date) =>
        TimeZoneInfo.ConvertTime(date, ContentDate.Paris).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);
}
