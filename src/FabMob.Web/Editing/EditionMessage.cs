namespace FabMob.Web.Editing;

/// <summary>A French sentence shown above the form; <see cref="IsError"/> ones are announced as alerts.</summary>
public sealed record EditionMessage(string Text, bool IsError, string? LinkText = null, string? LinkHref = null);
