namespace FabMob.Tests.Shared;

/// <summary>One entry of <c>evenements-fabmob.yaml</c>.</summary>
/// <param name="DateWritten"><c>2025-10-30</c> or <c>2025-09-29T09:30:00</c>.</param>
/// <param name="Upcoming">Whether it falls after the manifest's <c>Today</c>.</param>
internal sealed record AssociationRepositoryEvent(
    DateTime Date,
    string DateWritten,
    string Title,
    string Description,
    string Picture,
    string Url,
    bool Upcoming);
