using FabMob.Web.Editing.Git;

namespace FabMob.Web.Editing;

/// <summary>
/// A save's outcome carried by the redirect after it (<c>?resultat=publie</c>), so that reloading the form shows it
/// without saving again, and the French sentence the form then shows.
/// </summary>
public static class EditionOutcomes
{
    public const string Published = "publie";
    public const string KeptLocally = "local";
    public const string Saved = "enregistre";
    public const string Unchanged = "inchange";

    public static string Code(ContentSaveResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == ContentSaveStatus.Unchanged)
        {
            return Unchanged;
        }

        return result.Push?.Outcome switch
        {
            PushOutcome.Published => Published,
            PushOutcome.KeptLocally => KeptLocally,
            _ => Saved,
        };
    }

    public static EditionMessage? Message(string? code) => code switch
    {
        Published => new EditionMessage("Enregistré et publié : la modification est dans le dépôt partagé, et le site l'affiche dans quelques secondes.", IsError: false),
        KeptLocally => new EditionMessage("Enregistré sur le site, mais l'envoi vers le dépôt partagé a échoué (réseau, ou mêmes lignes modifiées entre-temps dans le dépôt partagé) : la modification est gardée sur le site, rien n'est perdu. Prévenez l'administration du site si ce message revient.", IsError: false),
        Saved => new EditionMessage("Enregistré : le site affiche la modification dans quelques secondes (pas de dépôt partagé configuré).", IsError: false),
        Unchanged => new EditionMessage("Aucune modification : rien à enregistrer.", IsError: false),
        _ => null,
    };
}
