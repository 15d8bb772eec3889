namespace FabMob.Content.Reading;

/// <summary>An entry of a content directory as the scan lists it (size and time for pages only, else -1 and default).</summary>
internal readonly record struct ScannedEntry(string Name, string FullPath, bool IsDirectory, long Length, DateTimeOffset Modified);
