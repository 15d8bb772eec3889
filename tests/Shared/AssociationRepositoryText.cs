namespace FabMob.Tests.Shared;

/// <summary>
/// The invented vocabulary of the generated association repository: French mobility topics, places,
/// people and organisations that do not exist, sentences written for these fixtures (no real article text).
/// </summary>
internal static class AssociationRepositoryText
{
    /// <summary>A topic with its article (« le covoiturage ») and bare form (« covoiturage »).</summary>
    public static readonly (string Definite, string Bare)[] Topics =
    [
        ("le covoiturage", "covoiturage"), ("le vélo cargo", "vélo cargo"), ("l'autopartage", "autopartage"),
        ("le transport à la demande", "transport à la demande"), ("la logistique urbaine", "logistique urbaine"),
        ("les données ouvertes", "données ouvertes"), ("la mobilité rurale", "mobilité rurale"), ("la marche", "marche"),
        ("l'intermodalité", "intermodalité"), ("le rétrofit", "rétrofit"), ("le calcul d'itinéraire", "calcul d'itinéraire"),
        ("l'information voyageur", "information voyageur"), ("le stationnement vélo", "stationnement vélo"),
        ("la mobilité solidaire", "mobilité solidaire"), ("le fret ferroviaire", "fret ferroviaire"),
        ("les véhicules intermédiaires", "véhicules intermédiaires"), ("la billettique", "billettique"),
        ("l'accessibilité", "accessibilité"), ("les tiers-lieux de la mobilité", "tiers-lieux de la mobilité"),
        ("la recharge électrique", "recharge électrique"), ("les voies partagées", "voies partagées"),
        ("le vélo à assistance électrique", "vélo à assistance électrique"), ("la cyclologistique", "cyclologistique"),
        ("les trajets domicile-travail", "trajets domicile-travail"),
    ];

    /// <summary>A place with « à/dans/en » and « de/d' » forms.</summary>
    public static readonly (string In, string Of)[] Places =
    [
        ("à Valmont", "de Valmont"), ("dans la Drôme", "de la Drôme"), ("en Île-de-France", "d'Île-de-France"),
        ("à Brest", "de Brest"), ("dans le Jura", "du Jura"), ("à Saint-Aubin-les-Prés", "de Saint-Aubin-les-Prés"),
        ("en Occitanie", "d'Occitanie"), ("à Rennes", "de Rennes"), ("dans la Creuse", "de la Creuse"),
        ("à Grenoble", "de Grenoble"), ("à La Réunion", "de La Réunion"), ("en Ariège", "d'Ariège"),
        ("à Besançon", "de Besançon"), ("dans le Vercors", "du Vercors"), ("à Lille", "de Lille"),
        ("en Bretagne", "de Bretagne"),
    ];

    public static readonly string[] People =
    [
        "Aurore Vasseur", "Bastien Caradec", "Chloé Amrani", "Damien Lefort", "Élise Tournadre", "Fabrice Ollivier",
        "Gaëlle Morvan", "Hugo Saint-Clair", "Inès Benhamou", "Jérôme Quintard", "Karima Delaunay", "Léo Fontanel",
        "Maëlle Guérin", "Nathan Rocheteau", "Océane Barthe", "Pascal Imbert", "Rose Lemarchand", "Samuel Éveno",
    ];

    /// <summary>Invented organisations (name, web site on a reserved domain).</summary>
    public static readonly (string Name, string Site)[] Organisations =
    [
        ("Coopérative Roule Ensemble", "https://roule-ensemble.example"), ("Ville de Valmont", "https://valmont.example"),
        ("Vélo-École du Jura", "https://velo-ecole-jura.example"), ("Atelier Mécanique Solidaire", "https://ams.example"),
        ("Communauté de communes des Trois Vallées", "https://trois-vallees.example"), ("Mobilab Occitanie", "https://mobilab.example"),
        ("Fret Léger SCIC", "https://fret-leger.example"), ("Les Covoitureurs Réunis", "https://covoitureurs.example"),
        ("Institut des Mobilités Douces", "https://imd.example"), ("Région Bretagne Fictive", "https://region.example"),
        ("Agence Locale de l'Énergie", "https://ale.example"), ("Rétrofit & Co", "https://retrofit-co.example"),
        ("Open Transit Lab", "https://opentransit.example"), ("Association Marche Active", "https://marche-active.example"),
        ("Syndicat des Transports de Brest", "https://st-brest.example"), ("Cargonomie Fictive", "https://cargonomie.example"),
    ];

    public static readonly string[] Headings =
    [
        "Le contexte", "Ce que nous avons appris", "Pourquoi un commun ?", "Les chiffres clés", "Et maintenant ?",
        "Qui a participé", "Les outils utilisés", "Les difficultés rencontrées", "Pour aller plus loin", "Le calendrier",
        "Comment contribuer", "Les données", "La méthode", "Les prochaines étapes",
    ];

    /// <summary>Sentences with <c>{s}</c> (a topic, with its article) and <c>{p}</c> (a place, « à … » form) to fill in.</summary>
    public static readonly string[] Sentences =
    [
        "Chaque rencontre que nous organisons {p} revient sur {s}.",
        "Des habitantes, des élus et des entreprises ont testé le dispositif pendant huit mois.",
        "Nous avons publié les **données** de l'expérimentation ainsi que les outils *libres* qui servent à les lire.",
        "La question dépasse la technique : elle touche aussi l'aménagement du territoire et les habitudes de chacun.",
        "Les premiers résultats {p} montrent une baisse des trajets faits seul en voiture.",
        "Les acteurs engagés sur {s} se sont retrouvés trois fois pour comparer leurs pratiques et leurs outils.",
        "Chaque territoire a ses contraintes, c'est pourquoi nous documentons aussi ce qui n'a pas marché.",
        "L'équipe a d'abord recensé ce qui existait déjà, puis repéré les « angles morts » du service.",
        "Le code source est disponible sous licence libre et la documentation accepte les contributions.",
        "Une trentaine d'entretiens avec des usagers ont orienté la conception du service.",
        "Rien de cela n'aurait été possible sans les bénévoles qui ont donné de leur temps.",
        "Nous cherchons encore des partenaires pour passer à l'échelle, surtout dans les zones peu denses.",
        "Le budget total atteint trente-six mille euros, dont un tiers consacré à l'animation de la communauté.",
        "Une deuxième phase démarrera au printemps avec une attention particulière à l'inclusion.",
        "Les indicateurs suivis (fréquentation, coût par trajet, satisfaction) sont mis à jour chaque mois.",
        "Il s'agit autant de changer nos façons de travailler que nos façons de nous déplacer.",
        "Miser sur {s} ne règle pas tout, mais cela fait partie des leviers d'une mobilité plus sobre.",
        "Vous pouvez reprendre ces ressources, les adapter à votre territoire et partager vos améliorations.",
        "Les retours des conducteurs ont permis de simplifier l'application en deux semaines.",
        "Nous remercions les équipes rencontrées {p} pour leur accueil et leur franchise.",
        "Le groupe de travail se réunit le premier jeudi du mois et ses comptes rendus sont publics.",
        "Une carte permet d'explorer les trajets anonymisés commune par commune.",
        "Ce travail s'inscrit dans la démarche des communs portée par l'association depuis sa création.",
        "Plus de mille personnes ont utilisé le service au moins une fois au cours de l'année.",
        "Les collectivités demandent surtout des indicateurs partagés et des outils faciles à reprendre.",
        "Un atelier de deux jours a réuni développeurs, designers et agents de terrain, avec {s} pour fil rouge.",
        "La documentation a été traduite en anglais pour accueillir des contributeurs d'autres pays.",
        "Nous avons choisi de tout publier, y compris les erreurs, pour que d'autres gagnent du temps.",
        "Le prototype tient sur une seule page et fonctionne hors ligne sur un téléphone ancien.",
        "Les données sont décrites dans un format standard que d'autres services savent déjà lire.",
        "La prochaine rencontre aura lieu {p}, dans un tiers-lieu prêté par une association locale.",
        "Chacun peut proposer une amélioration, signaler un problème ou reprendre le projet à son compte.",
    ];

    public static readonly string[] ListItems =
    [
        "les usages réels diffèrent des enquêtes", "un commun se construit à plusieurs",
        "la documentation compte autant que le code", "un service simple vaut mieux qu'un service complet",
        "les données doivent être ouvertes dès le départ", "l'animation locale est indispensable",
        "les collectivités ont besoin d'indicateurs partagés", "le financement doit couvrir la maintenance",
        "les tests se font avec les usagers, pas à leur place", "une licence claire évite bien des malentendus",
    ];

    public static readonly string[] ExternalPictures =
    [
        "https://i.imgur.com/Qm4vT7b.png", "https://i.imgur.com/Xr82LkP.jpg",
        "https://images.unsplash.com/photo-1507035895480-2b3156c31fc8?w=1200&q=80",
        "https://images.unsplash.com/photo-1544191696-102dbdaeeaa0?auto=format&fit=crop&w=1000",
        "https://wiki.lafabriquedesmobilites.fr/images/fabmob/4/4e/Atelier_communs.png",
        "https://wiki.lafabriquedesmobilites.fr/images/fabmob/a/a2/Logo_projet_mobilite.jpg",
    ];

    public static readonly string[] Posts = ["Développement", "Design", "Juridique", "Communication", "Données", "Animation"];

    public static readonly string[] Communs =
    [
        "Mon_Compte_Mobilité", "Registre_de_Preuve_de_Covoiturage_(RPC)", "Vélo_Cargo_en_Kit", "Carte_des_Tiers-Lieux_Mobilité",
        "Calculateur_d'Impact_Carbone", "Base_Nationale_des_Lieux_de_Covoiturage", "Kit_Rétrofit_Ouvert",
        "Observatoire_des_Mobilités_Rurales", "Standard_Ouvert_de_Stationnement_Vélo", "Boîte_à_Outils_Mobilité_Solidaire",
        "Simulateur_de_Transport_à_la_Demande", "Jeu_de_Données_Trajets_Domicile-Travail",
    ];

    public static readonly string[] Months =
    [
        "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre",
    ];

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
