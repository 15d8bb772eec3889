using FabMob.Content.Snapshot;

namespace FabMob.Content.PageCache;

/// <summary>
/// A page record as a cache load keeps it: checked (CRC-64, lengths) and its source path and hash read, the rest of its
/// small fields still encoded (a slice of a field slab, let go with the loaded cache), its HTML and search text already in
/// their own slabs. The fields are decoded only for a file whose bytes hash the same (<see cref="RenderedPageCache.Find"/>),
/// on the build's parallel pass: the load, on one thread, only reads, checks and copies
/// (docs/performance.md « Chargement à 10 000 : le code précompilé, le décodage en parallèle »).
/// </summary>
internal sealed class StoredPageRecord(string sourcePath, ContentHash sourceHash, ReadOnlyMemory<byte> fields,
    ReadOnlyMemory<byte> html, int textLength, ReadOnlyMemory<byte>? text)
{
    public string SourcePath { get; } = sourcePath;

    /// <summary>XxHash128 of the bytes the page was rendered from.</summary>
    public ContentHash SourceHash { get; } = sourceHash;

    /// <summary>The record's small fields as written (<see cref="CachedPageCodec"/>), source path and hash included.</summary>
    public ReadOnlyMemory<byte> Fields { get; } = fields;

    public ReadOnlyMemory<byte> Html { get; } = html;

    /// <summary>The search text's length once decoded (UTF-8 bytes), meaningful when <see cref="Text"/> is not null.</summary>
    public int TextLength { get; } = textLength;

    /// <summary>The search text as stored (compressed), null when the page was written without one.</summary>
    public ReadOnlyMemory<byte>? Text { get; } = text;
}
