namespace FabMob.Bench.Corpus;

/// <summary>The vocabulary of the synthetic articles: French sentences about mobility, with typography as editors type it.</summary>
internal static class FrenchText
{
    public static readonly string[] Subjects =
    [
        "covoiturage", "vélo", "autopartage", "transport à la demande", "logistique urbaine", "données ouvertes",
        "mobilité rurale", "marche", "intermodalité", "véhicule intermédiaire", "rétrofit", "calcul d'itinéraire",
        "information voyageur", "stationnement", "mobilité solidaire", "fret ferroviaire",
    ];

    public static readonly string[] Places =
    [
        "Lyon", "Rennes", "la Drôme", "l'Île-de-France", "Marseille", "la Creuse", "Strasbourg", "Nantes",
        "Grenoble", "la Réunion", "Besançon", "l'Ariège",
    ];

    public static readonly string[] Tags =
    [
        "vélo", "Vélo", "open source", "territoires", "communs", "données", "Expérimentation", "logistique",
        "covoiturage", "énergie", "accessibilité", "ruralité",
    ];

    public static readonly string[] Categories = ["Expérimentations", "Actualités", "Communs", "Événements", "Retours d'expérience"];

    public static readonly string[] People =
    [
        "Camille Exemple", "Dominique Exemple", "Alex Exemple", "Sacha Exemple", "Noé Exemple", "Hélène Exemple",
    ];

    public static readonly string[] Headings =
    [
        "Ce que nous avons appris", "Le contexte", "Pourquoi un commun ?", "Les chiffres", "Et maintenant ?",
        "Qui a participé", "Les outils utilisés", "Les difficultés rencontrées", "Pour aller plus loin",
        "Le calendrier", "Comment contribuer", "Les données",
    ];

    /// <summary>Sentences with <c>{s}</c> (subject) and <c>{p}</c> (place) to fill in.</summary>
    public static readonly string[] Sentences =
    [
        "Le {s} change la façon de se déplacer à {p}, surtout pour celles et ceux qui n'ont pas de voiture.",
        "Des habitant·e·s, des collectivités et des entreprises l'ont expérimenté pendant dix mois.",
        "Nous avons publié les **données ouvertes** de l'expérimentation et les outils *libres* qui les exploitent.",
        "La question n'est pas seulement technique : elle touche à l'organisation du territoire et aux habitudes.",
        "À {p}, les premiers résultats montrent une baisse nette des trajets faits seul·e en voiture.",
        "Les acteur·rice·s du {s} se sont retrouvé·e·s trois fois, en ligne et en présentiel, pour comparer leurs pratiques.",
        "Chaque territoire a ses contraintes ; c'est pourquoi nous documentons ce qui marche et ce qui ne marche pas.",
        "L'équipe a d'abord cartographié l'existant, puis identifié les « trous dans la raquette ».",
        "Le code source est disponible sous licence libre, et la documentation est ouverte aux contributions.",
        "Les entretiens menés auprès de quarante usager·ère·s ont nourri la conception du service.",
        "Rien de tout cela n'aurait été possible sans les bénévoles qui ont donné de leur temps.",
        "Nous cherchons encore des partenaires pour passer à l'échelle, notamment dans les zones peu denses.",
        "Le budget total s'élève à 48 000 €, dont un tiers pour l'animation de la communauté.",
        "Une deuxième phase commencera au printemps, avec un accent sur l'accessibilité et l'inclusion.",
        "Les indicateurs suivis (fréquentation, coût par trajet, satisfaction) sont publiés chaque mois.",
        "Il s'agit tout autant de changer les méthodes de travail que les modes de transport.",
        "Le {s} n'est pas une solution miracle, mais un levier parmi d'autres pour une mobilité durable.",
        "Vous pouvez réutiliser ces ressources, les adapter à votre territoire et partager vos améliorations.",
        "Les retours des conducteur·rice·s ont conduit à simplifier l'application en deux semaines.",
        "Nous remercions {p} pour son accueil et pour l'accès aux données de fréquentation.",
        "Le groupe de travail se réunit le premier mardi du mois ; les comptes rendus sont publics.",
        "Une carte interactive permet d'explorer les trajets anonymisés, commune par commune.",
        "Ce projet s'inscrit dans la démarche des communs de la mobilité portée par l'association.",
        "En 2021, plus de 1 200 personnes ont utilisé le service au moins une fois.",
    ];

    public static readonly string[] ListItems =
    [
        "les usages réels diffèrent des enquêtes ;", "les communs se construisent à plusieurs ;",
        "la documentation compte autant que le code ;", "un service simple vaut mieux qu'un service complet ;",
        "les données doivent être ouvertes dès le départ ;", "l'animation locale est indispensable ;",
        "les collectivités ont besoin d'indicateurs partagés ;", "le financement doit couvrir la maintenance.",
    ];

    public static readonly string[] Quotes =
    [
        "« Qui ? Pourquoi ? » : les questions que chaque territoire se pose.",
        "On ne change pas les mobilités sans changer la façon de travailler ensemble.",
        "Le meilleur trajet est parfois celui qu'on n'a pas besoin de faire.",
        "Un commun, c'est une ressource, une communauté et des règles.",
    ];

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
