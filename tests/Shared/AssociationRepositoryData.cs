using System.Globalization;
using System.Text;
using FabMob.Content;
using static FabMob.Tests.Shared.AssociationRepositoryText;

namespace FabMob.Tests.Shared;

/// <summary>
/// Writes <c>contenu/*.yaml</c> in the association's shapes (ecosystème, événements, communs, publications, mécénat)
/// with the pictures they name: <c>images/nous/</c>, <c>images/partenaires/</c>, <c>images/illustrations_evenements/</c>.
/// </summary>
internal sealed class AssociationRepositoryData(AssociationRepositoryFiles files, IReadOnlyList<AssociationRepositoryArticle> articles, int seed)
{
    public List<AssociationRepositoryMember> Members { get; } = [];

    public List<AssociationRepositoryEvent> Events { get; } = [];

    public List<AssociationRepositoryPublication> Publications { get; } = [];

    public List<AssociationRepositoryMission> Missions { get; } = [];

    public List<string> TeamPictures { get; } = [];

    public List<string> EventPictures { get; } = [];

    public void Write(DateOnly today)
    {
        Ecosystem();
        EventsFile(today);
        var communs = new StringBuilder("# Pages du wiki affichées sur /activités/communs\n");
        foreach (var commun in Communs)
        {
            communs.Append("- ").Append(commun).Append('\n');
        }

        files.Text("contenu/communs-fabmob.yaml", communs.ToString());
        PublicationsFile();
        MissionsFile();
    }

    private void Ecosystem()
    {
        var yaml = new StringBuilder();
        var person = 0;
        var organisation = 0;
        (string Group, int Count, bool People)[] groups =
            [("L'équipe", 7, true), ("Le conseil d'administration", 5, true), ("Coopérateurs", 4, false), ("Partenaires", 6, false), ("Adherents", 9, false)];
        foreach (var (group, size, people) in groups)
        {
            yaml.Append(group).Append(":\n");
            for (var k = 0; k < size; k++)
            {
                var entry = Members.Count;
                var space = entry % 4 == 1;
                AssociationRepositoryMember member;
                if (people)
                {
                    var name = AssociationRepositoryText.People[person++ % AssociationRepositoryText.People.Length];
                    var slug = SlugBuilder.Slugify(Ascii(name));
                    var image = entry % 6 == 5 ? null : $"/images/nous/{slug}.jpg";
                    if (image is not null)
                    {
                        files.Picture(image[1..], seed + 60_000 + entry, 96, 96);
                        TeamPictures.Add(image[1..]);
                    }

                    var role = group == "L'équipe"
                        ? (k % 4) switch { 0 => "Coordination", 1 => "Animation des communs", 2 => "Développement", _ => "Communication" }
                        : (k % 3) switch { 0 => "Présidente", 1 => "Trésorier", _ => "Administratrice" };
                    member = new AssociationRepositoryMember(group, name, role, image,
                        entry % 3 == 2 ? null : $"https://www.linkedin.com/in/{slug}-0{entry}a{entry}/",
                        group == "L'équipe" ? null : Organisations[entry % Organisations.Length].Name,
                        group == "L'équipe" ? null : Organisations[entry % Organisations.Length].Site,
                        null, null, space);
                }
                else
                {
                    var (name, site) = Organisations[organisation++ % Organisations.Length];
                    var slug = SlugBuilder.Slugify(Ascii(name));
                    var logo = entry % 7 == 3 ? null : $"/images/partenaires/{slug}.png";
                    if (logo is not null)
                    {
                        // Logos of every proportion: they are shown whole, never cropped.
                        files.Picture(logo[1..], seed + 70_000 + entry, 40 + (entry % 4 * 60), 40 + (entry % 3 * 20));
                    }

                    member = new AssociationRepositoryMember(group, name, null, logo, null, name, entry % 5 == 0 ? null : site,
                        entry % 5 == 0 ? null : site, group is "Adherents" or "Partenaires" ? Interview(entry, name) : null, space);
                }

                Members.Add(member);
                Entry(yaml, member);
            }
        }

        files.Text("contenu/ecosystème.yaml", yaml.ToString());
    }

    /// <summary>A site path to the organisation's interview article, encoded or not, when one was generated.</summary>
    private string? Interview(int entry, string organisation)
    {
        var article = articles.FirstOrDefault(a => a.Title == $"Interview : {organisation}");
        if (article is null)
        {
            return null;
        }

        return entry % 2 == 0 ? "/blog/" + article.RawName : "/blog/" + Uri.EscapeDataString(article.RawName);
    }

    private static void Entry(StringBuilder yaml, AssociationRepositoryMember member)
    {
        var first = true;
        void Field(string key, string? value, bool keepEmpty = false)
        {
            if (value is null && !keepEmpty)
            {
                return;
            }

            yaml.Append(first ? "  - " : "    ").Append(key).Append(member.SpaceBeforeColon && key == "nom" ? " :" : ":");
            if (value is not null)
            {
                yaml.Append(' ').Append(AssociationRepositoryArticles.Yaml(value, value.Length));
            }

            yaml.Append('\n');
            first = false;
        }

        Field("nom", member.Name);
        Field("rôle", member.Role);
        Field("image", member.Image);
        Field("linkedin", member.LinkedIn, keepEmpty: member.Role is not null);
        Field("structure", member.Structure);
        Field("lienstructure", member.StructureUrl);
        Field("siteweb", member.Website);
        Field("interview", member.Interview);
    }

    private void EventsFile(DateOnly today)
    {
        int[] offsets = [-400, -330, 140, -280, -200, 9, -150, -90, 30, -45, -12, 75];
        string[] kinds = ["Atelier", "Rencontre", "Webinaire", "Hackathon", "Journée", "Forum"];
        var yaml = new StringBuilder();
        for (var k = 0; k < offsets.Length; k++)
        {
            var day = today.AddDays(offsets[k]);
            var withTime = k % 2 == 1;
            var date = day.ToDateTime(withTime ? new TimeOnly(9 + (k % 8), k % 2 == 1 ? 30 : 0) : TimeOnly.MinValue);
            var written = withTime
                ? date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var topic = Topics[(k * 5) % Topics.Length];
            var title = $"{kinds[k % kinds.Length]} {topic.Bare} {Places[k % Places.Length].In}";
            var description = k % 3 == 0
                ? $"Une journée pour faire le point sur {topic.Definite}.\nInscription gratuite, places limitées."
                : $"Rencontre ouverte à toutes et à tous pour échanger sur {topic.Definite}.";
            string picture;
            if (k == 4)
            {
                picture = ExternalPictures[0];
            }
            else
            {
                picture = $"/images/illustrations_evenements/{SlugBuilder.Slugify(Ascii(title))}.jpg";
                files.Picture(picture[1..], seed + 80_000 + k, 160, 96);
                EventPictures.Add(picture[1..]);
            }

            var url = k % 4 == 2 && articles.Count > 0
                ? "/blog/" + Uri.EscapeDataString(articles[k * 7 % articles.Count].RawName)
                : $"https://evenements.example/{SlugBuilder.Slugify(Ascii(title))}";
            var value = description.Contains('\n', StringComparison.Ordinal) ? description + "\n" : description; // a « | » block keeps its last newline
            Events.Add(new AssociationRepositoryEvent(date, written, title, value, picture, url, day > today));
            yaml.Append("- date: ").Append(written).Append('\n')
                .Append("  title: ").Append(AssociationRepositoryArticles.Yaml(title, k + 1)).Append('\n');
            if (description.Contains('\n', StringComparison.Ordinal))
            {
                yaml.Append("  description: |\n").AppendJoin("", description.Split('\n').Select(line => $"    {line}\n"));
            }
            else
            {
                yaml.Append("  description: ").Append(AssociationRepositoryArticles.Yaml(description, k)).Append('\n');
            }

            yaml.Append("  picture: ").Append(picture).Append('\n').Append("  url: ").Append(url).Append('\n');
        }

        files.Text("contenu/evenements-fabmob.yaml", yaml.ToString());
    }

    private void PublicationsFile()
    {
        string[] ids =
        [
            "Guide_du_Covoiturage_Rural", "Livre_Blanc_des_Communs_de_la_Mobilité", "Étude_Vélo_Cargo_2022", "Rapport_Rétrofit_Ouvert",
            "Cahier_des_Tiers-Lieux_Mobilité", "Synthèse_Données_Ouvertes_Transport", "Panorama_Mobilité_Solidaire", "Retour_Hackathon_Logistique",
        ];
        var yaml = new StringBuilder();
        for (var k = 0; k < ids.Length; k++)
        {
            var date = k == 3 ? $"Printemps {2019 + k}" : $"{Months[(k * 5) % 12]} {2017 + k}";
            var description = $"Une publication collective sur {Topics[(k * 3) % Topics.Length].Definite}, écrite avec les membres de la communauté.";
            Publications.Add(new AssociationRepositoryPublication(ids[k], date, description));
            yaml.Append("- id_wiki: ").Append(ids[k]).Append('\n')
                .Append("  date: \"").Append(date).Append("\"\n")
                .Append("  description: ").Append(AssociationRepositoryArticles.Yaml(description, k)).Append('\n');
        }

        files.Text("contenu/publications-fabmob.yaml", yaml.ToString());
    }

    private void MissionsFile()
    {
        string[] titles =
        [
            "Cartographier les lieux de covoiturage", "Refondre l'interface de Mon Compte Mobilité", "Relire les licences des communs",
            "Animer la communauté du rétrofit", "Nettoyer un jeu de données de trajets", "Raconter les communs en vidéo",
        ];
        var yaml = new StringBuilder();
        for (var k = 0; k < titles.Length; k++)
        {
            var id = SlugBuilder.Slugify(Ascii(titles[k]));
            var commun = Communs[k % 4];
            var post = Posts[k % Posts.Length];
            var description =
                $"**Contexte** : le commun {commun.Replace('_', ' ')} a besoin de renfort pour avancer.\n\n" +
                "Ce que vous ferez :\n\n" +
                "- rencontrer l'équipe du commun ;\n- proposer une méthode ;\n- livrer un premier résultat en quatre semaines.\n\n" +
                $"Compétences attendues : {post.ToLowerInvariant()}, goût pour le travail ouvert. [En savoir plus](https://wiki.lafabriquedesmobilites.fr/wiki/{commun}).";
            string image;
            if (k == 5)
            {
                image = ExternalPictures[2];
            }
            else
            {
                image = $"/images/illustrations_evenements/mission-{id}.jpg";
                files.Picture(image[1..], seed + 90_000 + k, 120, 80);
                EventPictures.Add(image[1..]);
            }

            var url = $"https://wiki.lafabriquedesmobilites.fr/wiki/{commun}";
            Missions.Add(new AssociationRepositoryMission(titles[k], id, description + "\n", commun, post, image, url));
            yaml.Append("- titre: ").Append(AssociationRepositoryArticles.Yaml(titles[k], k + 1)).Append('\n')
                .Append("  id: ").Append(id).Append('\n')
                .Append("  description: |\n").AppendJoin("", description.Split('\n').Select(line => line.Length == 0 ? "\n" : $"    {line}\n"))
                .Append("  commun: ").Append(commun).Append('\n')
                .Append("  poste: ").Append(post).Append('\n')
                .Append("  image: ").Append(image).Append('\n')
                .Append("  url: ").Append(url).Append('\n');
        }

        files.Text("contenu/mecenat-competences.yaml", yaml.ToString());
    }

    private static string Ascii(string text) => AssociationRepositoryArticles.Ascii(text);
}
