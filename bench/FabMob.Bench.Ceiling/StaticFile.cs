namespace FabMob.Bench.Ceiling;

/// <summary>One file's bytes as they are and its Brotli and gzip copies, if the directory has them.</summary>
internal sealed record StaticFile(string ContentType, string ETag, byte[] Identity, byte[]? Brotli, byte[]? Gzip);
