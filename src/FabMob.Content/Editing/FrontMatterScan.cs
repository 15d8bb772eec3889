namespace FabMob.Content.Editing;

/// <summary>What <see cref="FrontMatterScanner"/> found in a front matter.</summary>
/// <param name="Slots">The form's fields where they are written, in file order.</param>
/// <param name="IsMapping">The root is a mapping (or the front matter is empty).</param>
/// <param name="IsFlowMapping">The root is a <c>{ … }</c> mapping: its values can be read, not edited.</param>
internal sealed record FrontMatterScan(IReadOnlyList<FrontMatterSlot> Slots, bool IsMapping, bool IsFlowMapping);
