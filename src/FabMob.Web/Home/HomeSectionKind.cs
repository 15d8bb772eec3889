namespace FabMob.Web.Home;

/// <summary>The kinds of section a home page's front matter may list under <c>sections</c>.</summary>
public enum HomeSectionKind
{
    Presentation,
    Actions,
    Articles,
    Events,
    Communs,
    Text,
}
