namespace FabMob.Tests.Shared;

/// <summary>One entry of a group of <c>ecosystème.yaml</c>; null fields are absent from the file or empty.</summary>
internal sealed record AssociationRepositoryMember(
    string Group,
    string Name,
    string? Role,
    string? Image,
    string? LinkedIn,
    string? Structure,
    string? StructureUrl,
    string? Website,
    string? Interview,
    bool SpaceBeforeColon);
