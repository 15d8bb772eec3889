namespace FabMob.Web.Editing;

/// <summary>The editor's addresses and view names, in one place.</summary>
public static class EditionViews
{
    public const string Prefix = "/_edition";
    public const string SignInPath = Prefix + "/connexion";
    public const string SignOutPath = Prefix + "/deconnexion";

    /// <summary>The edit screen of round 2: <c>/_edition/fichier?chemin={repository-relative path}</c>.</summary>
    public const string FilePath = Prefix + "/fichier";
    public const string FileQuery = "chemin";

    /// <summary>The outcome of the save that redirected to the form (<see cref="EditionOutcomes"/>).</summary>
    public const string OutcomeQuery = "resultat";

    public const string NewArticlePath = Prefix + "/nouvel-article";

    public const string SignIn = "~/Views/Edition/Connexion.cshtml";
    public const string Dashboard = "~/Views/Edition/Tableau.cshtml";

    public static bool IsUnder(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
