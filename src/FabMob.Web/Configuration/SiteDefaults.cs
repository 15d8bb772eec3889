namespace FabMob.Web.Configuration;

/// <summary>
/// The association's settings when nothing else sets them: a value set by <c>site.yaml</c>,
/// <c>appsettings.json</c>, the environment or the command line wins (the strings are the options'
/// initial values, so a value set blank is still refused at start); a list set anywhere replaces the
/// default list whole (lists are filled in after binding, when nothing set them).
/// </summary>
internal static class SiteDefaults
{
    public const string Name = "La Fabrique des Mobilités";
    public const string BaseUrl = "https://lafabriquedesmobilites.fr";
    public const string MembershipUrl = "https://www.helloasso.com/associations/la-fabrique-des-mobilites/adhesions/adhesions-2021-2022";
    public const string NewsletterUrl = "https://us12.list-manage.com/subscribe?u=7e792185ad77b9a84eaaa62e9&id=7c902a8341";

    public static void Apply(SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Menu.Count == 0)
        {
            options.Menu =
            [
                new MenuItem { Label = "Accueil", Url = "/" },
                new MenuItem { Label = "Blog", Url = "/blog" },
                new MenuItem { Label = "À propos", Url = "/à-propos" },
                new MenuItem { Label = "Travailler ensemble", Url = "/à-propos/travailler" },
            ];
        }

        if (options.DataPages.Count == 0)
        {
            options.DataPages =
            [
                new DataPage
                {
                    Path = "/à-propos/nous", Data = "equipe", View = "equipe", Title = "L'équipe",
                    Description = "Les personnes qui font vivre la Fabrique des Mobilités.",
                },
                new DataPage
                {
                    Path = "/événements", Data = "evenements", View = "evenements", Title = "Événements",
                    Description = "Les rencontres, ateliers et événements de la Fabrique des Mobilités.",
                },
                new DataPage
                {
                    Path = "/communs", Data = "communs", View = "communs", Title = "Les communs",
                    Description = "Les ressources ouvertes que la Fabrique des Mobilités soutient.",
                },
            ];
        }
    }
}
