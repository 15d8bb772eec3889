using FabMob.Content;

namespace FabMob.Web.Lists;

/// <summary>One year of a list's archives: its entries, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<ContentPage> Entries);
