using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.DataPages;

/// <summary>
/// The application in Production on a content tree written here with the association's five data
/// shapes (as the mounts name them), a home page with sections, and <c>Site:DataPages</c> set in memory.
/// The clock stands on 22 November 2026, 12:00 Paris time.
/// </summary>
public sealed class AssociationDataSite : IDisposable
{
    public const string Ecosystem = """
        L'équipe:
          - nom : Camille Exemple
            rôle: Déléguée générale
            image: /images/nous/camille.jpg
            linkedin: https://www.linkedin.com/in/camille-exemple
            structure: La Fabrique des Mobilités
            lienstructure: https://lafabriquedesmobilites.example
          - nom: Dominique Sansphoto
            rôle: Chargé de mission
        Le conseil d'administration:
          - nom: Alex Conseil
            rôle: Président
            structure: Ville Exemple
        Coopérateurs:
          - nom: Sam Coop
            image: images/nous/sam.png
        Partenaires:
          - nom: Région Exemple
            image: /images/partenaires/region.svg
            siteweb: https://region.example.org
            interview: /blog/interview-region
          - nom: Sans Logo SA
            siteweb: www.sanslogo.example
        Adherents:
          - nom: Ville Adhérente
            image: /images/partenaires/ville.png
            siteweb: https://ville.example.org
          - nom: Association Sans Site
            image: /images/partenaires/asso.png
        """;

    public const string Events = """
        - date: 2026-12-03
          title: Rencontre des communs
          description: Une journée pour les communs.
          picture: /images/illustrations_evenements/rencontre.jpg
          url: https://evenement.example.org/rencontre
        - date: 2026-11-30T09:30:00
          title: Atelier du matin
        - date: 2025-10-30
          title: Atelier passé
          description: Il a eu lieu.
        - title: Sans date
        - description: Une entrée sans titre
        """;

    public const string Missions = """
        - titre: Développeur·se front
          id: dev-front
          description: |
            Premier paragraphe avec **gras**.

            Second paragraphe <script>alert('piège')</script> après le script.
          commun: Mon Compte Mobilité
          poste: Développement
          image: /images/missions/dev.png
          url: https://mecenat.example.org/dev-front
        - titre: Analyste de données
          id: data
          description: Analyse des trajets.
          commun: Registre de preuve de covoiturage
          poste: Données
        - titre: Designer
          id: mission libre
          commun: Mon Compte Mobilité
          poste: Design
        """;

    public const string Home = """
        ---
        titre: Accueil de test
        gabarit: accueil
        sections:
          - type: présentation
          - type: actions
            titre: Agir avec nous
            texte: Trois façons de *participer*.
            boutons:
              - { texte: Adhérer, url: "https://adhesion.example.org" }
              - { texte: Nos missions, url: /participer/mecenat, style: secondaire }
              - { texte: Sans adresse }
          - type: événements
            données: evenements-fabmob
            nombre: 1
          - type: communs
            titre: Quelques communs
            données: communs-fabmob
            nombre: 1
          - type: articles
            nombre: 1
          - type: texte
            titre: Un mot
            texte: "Du **texte** <script>alert(1)</script> sûr."
          - type: galerie
        ---

        # Bienvenue à la Fabrique

        Le corps de la page est la présentation.
        """;

    /// <summary>Path, data file, view, title of each data page.</summary>
    public static readonly string[][] Pages =
    [
        ["/à-propos/nous", "ecosystème", "personnes", "Nous"],
        ["/à-propos/adherents_et_partenaires", "ecosystème", "logos", "Adhérents et partenaires"],
        ["/à-propos/adherents_et_partenaires/partenaires", "ecosystème", "logos", "Partenaires"],
        ["/activités/événements", "evenements-fabmob", "evenements", "Événements"],
        ["/activités/communs", "communs-fabmob", "communs", "Les communs"],
        ["/activités/publications", "publications-fabmob", "publications", "Publications"],
        ["/participer/mecenat", "mecenat-competences", "missions", "Mécénat de compétences"],
        ["/vide", "vide", "cartes", "Fichier vide"],
        ["/missions-en-carte", "missions-en-carte", "missions", "Une carte au lieu d'une liste"],
        ["/outils", "outils", "cartes", "Outils"],
        ["/equipe-sans-groupes", "ecosystème", "equipe", "Toute l'équipe"],
    ];

    public AssociationDataSite()
    {
        Content = Write(TempSite.Empty());
        Factory = new SiteFactory(Content.Root, settings: Settings(), services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Writes the association's data files, a home page with sections and two articles into <paramref name="content"/>.</summary>
    public static TempSite Write(TempSite content)
    {
        content.Write("index.md", Home);
        content.Write("_data/ecosystème.yaml", Ecosystem);
        content.Write("_data/evenements-fabmob.yaml", Events);
        content.Write("_data/communs-fabmob.yaml", "- Mon_Compte_Mobilité\n- Registre_de_Preuve_de_Covoiturage_(RPC)\n");
        content.Write("_data/publications-fabmob.yaml", """
            - id_wiki: Guide_des_communs
              date: Juillet 2023
              description: Un guide pour se lancer.
            - id_wiki : Rapport_annuel
              date: 2022
            - date: Mars 2020
            """);
        content.Write("_data/mecenat-competences.yaml", Missions);
        content.Write("_data/vide.yaml", "");
        content.Write("_data/missions-en-carte.yaml", "titre: une seule mission\nid: seule\n");
        content.Write("_data/outils.yaml", """
            Outils:
              - intitulé: Outil A
                visuel: images/a.png
                adresse: https://a.example.org
                présentation: Un *outil* utile.
            Ressources:
              - intitulé: Ressource B
            """);
        content.Write("blog/2026/recent.md", "---\ntitre: Article récent\ndate: 2026-01-10\n---\nTexte récent.\n");
        content.Write("blog/2025/ancien.md", "---\ntitre: Article ancien\ndate: 2025-01-10\n---\nTexte ancien.\n");
        return content;
    }

    /// <summary>The data pages of the tree, as <c>Site:DataPages</c> in memory, and a wiki address.</summary>
    public static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?> { ["Site:Wiki:ApiUrl"] = "https://wiki.example.org/api.php" };
        for (var i = 0; i < Pages.Length; i++)
        {
            settings[$"Site:DataPages:{i}:Path"] = Pages[i][0];
            settings[$"Site:DataPages:{i}:Data"] = Pages[i][1];
            settings[$"Site:DataPages:{i}:View"] = Pages[i][2];
            settings[$"Site:DataPages:{i}:Title"] = Pages[i][3];
            settings[$"Site:DataPages:{i}:Description"] = $"Description de {Pages[i][3]}";
        }

        settings["Site:DataPages:0:Groups:0"] = "L'équipe";
        settings["Site:DataPages:0:Groups:1"] = "Le conseil d'administration";
        settings["Site:DataPages:0:Groups:2"] = "Bénévoles";
        settings["Site:DataPages:0:Groups:3"] = "Coopérateurs";
        settings["Site:DataPages:1:Groups:0"] = "Adherents";
        settings["Site:DataPages:2:Groups:0"] = "Partenaires";
        settings["Site:DataPages:6:Intro"] = "Des missions pour les **communs**. <script>alert('intro')</script>Écrivez-nous.";
        settings["Site:DataPages:9:Fields:title"] = "intitulé";
        settings["Site:DataPages:9:Fields:image"] = "visuel";
        settings["Site:DataPages:9:Fields:link"] = "adresse";
        settings["Site:DataPages:9:Fields:text"] = "présentation";
        return settings;
    }

    public TempSite Content { get; }
    public SiteFactory Factory { get; }
    public MovableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(1)));

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}
