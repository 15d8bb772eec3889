using FabMob.Content;

namespace FabMob.Web.Formatting;

/// <summary>
/// French spacing for the text views show outside the Markdown body (titles from front matter,
/// summaries, names and descriptions from data files): the same rule as the pages' text
/// (<see cref="FrenchTypography"/>), so that « Qui ? » never breaks before its « ? ».
/// </summary>
public static class FrenchText
{
    /// <summary>The text with no-break spaces before <c>; : ! ?</c> and inside <c>« »</c>; empty for null.</summary>
    public static string Typeset(string? text) => FrenchTypography.Apply(text);
}
