namespace FabMob.Content.PageCache;

/// <summary>The first record of a cache file: what its pages were rendered by and with.</summary>
/// <param name="Format">The file's layout (<see cref="PageCacheFile.Format"/>).</param>
/// <param name="Product">The content library's informational version (its commit).</param>
/// <param name="Inputs">The rendering inputs' key (<see cref="RenderingInputs.Key"/>).</param>
internal sealed record PageCacheHeader(int Format, string Product, string Inputs);
