namespace FabMob.Web.Publishing;

/// <summary>The short French JSON answer of <c>POST /_publish</c>, shown on the forge's delivery page.</summary>
/// <param name="Statut">One word: <c>publié</c>, <c>à jour</c>, <c>ignoré</c>, <c>refusé</c>, <c>échec</c>.</param>
/// <param name="Message">A sentence for whoever reads the delivery.</param>
/// <param name="Version">The snapshot version online after a publication.</param>
/// <param name="Erreurs">How many content files are in error in that snapshot.</param>
public sealed record PublishStatus(string Statut, string Message, long? Version = null, int? Erreurs = null);
