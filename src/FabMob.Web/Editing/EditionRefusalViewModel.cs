namespace FabMob.Web.Editing;

/// <summary>A refused or missing file: the page's title and the French reason.</summary>
public sealed record EditionRefusalViewModel(string Title, string Message);
