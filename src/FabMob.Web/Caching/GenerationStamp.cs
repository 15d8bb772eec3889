using FabMob.Content;

namespace FabMob.Web.Caching;

/// <summary>
/// A response cache generation as computed at one moment, reused for the requests of the next second
/// against the same snapshot and wiki version: the key costs a time zone conversion, a count of the
/// dated entries and a string, which a cache hit should not pay. A scheduled article appears, and the
/// day in Paris turns, at most a second late.
/// </summary>
internal sealed record GenerationStamp(ContentSnapshot Snapshot, long WikiVersion, long FromTicks, long UntilTicks, string Key)
{
    public bool Fits(ContentSnapshot snapshot, long wikiVersion, long nowTicks) =>
        ReferenceEquals(Snapshot, snapshot) && WikiVersion == wikiVersion && nowTicks >= FromTicks && nowTicks < UntilTicks;
}
