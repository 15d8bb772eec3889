namespace FabMob.Tests.Shared;

/// <summary>One entry of <c>publications-fabmob.yaml</c>: a wiki page id, a free-text date (« Juillet 2023 »), a description.</summary>
internal sealed record AssociationRepositoryPublication(string WikiId, string Date, string Description);
