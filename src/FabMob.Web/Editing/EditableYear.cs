namespace FabMob.Web.Editing;

/// <summary>The articles of one year (or « Sans date »), newest first.</summary>
public sealed record EditableYear(string Label, IReadOnlyList<EditableEntry> Articles);
