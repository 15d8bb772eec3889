namespace FabMob.Web.Home;

/// <summary>A call to action: its text, where it leads, whether it is the quieter style, and a sentence beside it.</summary>
public sealed record HomeButton(string Text, string Url, bool Secondary, string? Description = null);
