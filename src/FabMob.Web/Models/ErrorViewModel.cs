namespace FabMob.Web.Models;

/// <summary>An error page: 404, 500 or another status, in French, with no technical detail.</summary>
public sealed record ErrorViewModel(int StatusCode, string Heading, string Message, PageMeta Meta) : ILayoutModel
{
    public static ErrorViewModel For(int statusCode)
    {
        var (heading, message) = statusCode switch
        {
            404 => ("Page introuvable",
                "La page demandée n'existe pas ou a été déplacée. Vérifiez l'adresse, ou repartez de l'accueil."),
            405 => ("Méthode non autorisée", "Cette adresse ne répond pas à ce type de requête."),
            >= 400 and < 500 => ("Requête invalide", "La requête n'a pas pu être comprise."),
            _ => ("Une erreur est survenue",
                "Le site n'a pas pu afficher cette page. L'erreur a été enregistrée ; réessayez dans un moment."),
        };
        return new ErrorViewModel(statusCode, heading, message, new PageMeta { Title = heading, NoIndex = true });
    }
}
