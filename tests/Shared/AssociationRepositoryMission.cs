namespace FabMob.Tests.Shared;

/// <summary>One mission of <c>mecenat-competences.yaml</c>; <paramref name="Description"/> is multi-paragraph Markdown.</summary>
internal sealed record AssociationRepositoryMission(
    string Title,
    string Id,
    string Description,
    string Commun,
    string Post,
    string Image,
    string Url);
