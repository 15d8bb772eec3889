namespace FabMob.Content.Reading;

/// <summary>An entry of a content directory as the scan lists it (size and time for pages only, else -1 and default).</summary>
/// <remarks>
/// A class, not a struct: the framework's directory enumerator is generic over what it gives, and its code for a struct of
/// this library cannot be precompiled (ReadyToRun) in either assembly, so it ran as first-tier JIT code over the whole tree
/// at each start; for a class it shares the framework's precompiled code.
/// </remarks>
internal sealed record ScannedEntry(string Name, string FullPath, bool IsDirectory, long Length, DateTimeOffset Modified);
