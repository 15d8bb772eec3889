using FabMob.Content.Editing;
using System.Text;

namespace FabMob.Content.Tests.Editing;

/// <summary>
/// Generates Markdown files whose front matters take the shapes real content has (every key spelling the
/// site reads, plain and quoted values, block and folded text, flow, block and comma lists, empty values,
/// Grav's <c>taxonomy</c> map, keys the form does not know, comments, CRLF, BOM, <c>...</c> as closing
/// fence), and values an editor may type. Deterministic for a seed.
/// </summary>
internal static class FrontMatterShapes
{
    public static readonly string[] Texts =
    [
        "Le vélo en ville", "Covoiturage : le bilan", "# dièse au début", "\"Guillemets\" et 'apostrophes'", "- un tiret",
        "@arobase", "L'été à Montréal", "2024", "true", "null", "~", "a, b", "[crochets]", "{accolades}", "& et *étoile",
        "fin :", "Écologie « citoyenne »", "tabulation\tici", "barre \\ oblique", "  espaces autour  ", "% pour cent",
        "mot #dièse", "Qu'est-ce que l'autopartage ?", "!important", "| barre", "> chevron", "`code`", "?question",
    ];

    public static readonly string[] Dates =
    [
        "2024-05-01", "2024-5-1", "01-05-2024", "01-05-2024 09:30", "2024-05-01T09:30:00Z", "2024-05-01T09:30:00.000+02:00",
        "2015-03-24T17:42:12.000Z", "24/03/2015",
    ];

    private static readonly string[] People = ["Camille Martin", "Lou Bernard", "Dominique Petit", "Sacha O'Neil", "Élise Durand"];
    private static readonly string[] Words = ["mobilité", "vélo", "covoiturage", "communs", "données ouvertes", "logistique", "marche", "rail"];

    public static string Document(int seed)
    {
        var random = new Random(seed);
        var entries = new List<string>();
        var taxonomy = random.Next(5) == 0;
        Add(entries, random, 0.9, () => $"{Pick(random, "title", "titre", "Titre", "title ")}: {Scalar(random, Pick(random, Texts))}");
        Add(entries, random, 0.8, () => $"{Pick(random, "date", "date", "publish_date")}: {DateValue(random)}");
        Add(entries, random, 0.5, () => $"{Pick(random, "résumé", "resume", "summary")}:{Summary(random)}");
        Add(entries, random, 0.6, () => Pick(random, "author", "authors", "auteurs", "auteur") + ":" + List(random, People));
        if (taxonomy)
        {
            entries.Add(random.Next(2) == 0
                ? $"taxonomy:\n    tag:{List(random, Words, indent: "        ")}\n    category:{List(random, Words, indent: "        ")}"
                : $"taxonomy: {{tag: [{string.Join(", ", Some(random, Words))}], category: [actualites]}}");
        }
        else
        {
            Add(entries, random, 0.7, () => Pick(random, "tags", "étiquettes", "Tags") + ":" + List(random, Words));
            Add(entries, random, 0.5, () => Pick(random, "catégories", "categories") + ":" + List(random, Words));
        }

        Add(entries, random, 0.5, () => $"image: {Scalar(random, Pick(random, "/contenu/articles/couvertures/a.jpg", "images/une photo.png", "https://exemple.org/i.jpg?x=1"))}");
        Add(entries, random, 0.4, () => $"{Pick(random, "draft", "brouillon")}: {Pick(random, "true", "false", "oui", "non")}");
        Add(entries, random, 0.2, () => $"slug: {Pick(random, "mon-article", "été-2024", "'cité'")}");
        Add(entries, random, 0.2, () => Pick(random, "alias", "aliases") + ":" + List(random, ["/ancien", "/blog/vieux", "/articles/x"]));
        Add(entries, random, 0.4, () => "header_image: true   # option du thème");
        Add(entries, random, 0.3, () => $"{Pick(random, "gabarit", "layout")}: article");
        Add(entries, random, 0.3, () => "ordre: 3");
        Add(entries, random, 0.3, () => "description: \"Une description : courte.\"");
        Add(entries, random, 0.3, () => "extra:\n  liste: [1, 2.5, oui]\n  texte: 'x'\n  vide:");
        Add(entries, random, 0.3, () => "# un commentaire d'éditeur");
        Shuffle(random, entries);

        var text = new StringBuilder("---\n");
        foreach (var entry in entries)
        {
            text.Append(entry).Append('\n');
        }

        text.Append(random.Next(20) == 0 ? "...\n" : "---\n");
        text.Append(Pick(random, "", "\n")).Append("Premier paragraphe, « texte ».\n\n---\n\nAprès une règle : fin.");
        text.Append(Pick(random, "\n", "", "\n\n"));
        var result = text.ToString();
        if (random.Next(5) == 0)
        {
            result = result.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return random.Next(8) == 0 ? "\uFEFF" + result : result;
    }

    /// <summary>A value an editor may type in a field's box.</summary>
    public static object? Value(Random random, FrontMatterField field, bool currentDraft) => field switch
    {
        FrontMatterField.Title or FrontMatterField.Image or FrontMatterField.Slug =>
            random.Next(8) == 0 ? null : Pick(random, Texts),
        FrontMatterField.Summary => random.Next(8) == 0 ? null :
            random.Next(2) == 0 ? Pick(random, Texts) : Pick(random, Texts) + "\n" + Pick(random, Texts) + "\n\n" + Pick(random, Texts),
        FrontMatterField.Date => random.Next(8) == 0 ? null : Pick(random, Dates),
        FrontMatterField.Draft => !currentDraft,
        _ => random.Next(6) == 0 ? (IReadOnlyList<string>)[] : Some(random, [.. Texts.Where(t => !t.Contains('\n', StringComparison.Ordinal)), .. Words]),
    };

    private static void Add(List<string> entries, Random random, double chance, Func<string> entry)
    {
        if (random.NextDouble() < chance)
        {
            entries.Add(entry());
        }
    }

    private static string Scalar(Random random, string value) => random.Next(4) switch
    {
        0 => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        1 => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"",
        _ => YamlValueWriter.IsPlainSafe(value, flow: false) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
    };

    private static string DateValue(Random random)
    {
        var date = Pick(random, Dates);
        return random.Next(3) == 0 ? $"'{date}'" : date;
    }

    private static string Summary(Random random) => random.Next(5) switch
    {
        0 => " |\n  Première ligne : un.\n\n  Deuxième # ligne.",
        1 => " >\n  Texte plié\n  sur deux lignes.",
        2 => " \"Sur deux\\nlignes\"",
        3 => " Un résumé simple",
        _ => "",
    };

    private static string List(Random random, string[] pool, string indent = "  ")
    {
        var items = Some(random, pool);
        return random.Next(6) switch
        {
            0 when items.Count > 0 => "\n" + string.Join("\n", items.Select(i => indent + "- " + i)),
            1 => " [" + string.Join(", ", items) + "]",
            2 when items.All(i => !i.Contains(',', StringComparison.Ordinal)) => items.Count == 0 ? "" : " " + string.Join(", ", items),
            3 => "",
            4 => " []",
            _ => " [" + string.Join(", ", items.Select(i => "\"" + i + "\"")) + "]",
        };
    }

    private static List<string> Some(Random random, string[] pool)
    {
        var count = random.Next(1, 4);
        return [.. Enumerable.Range(0, count).Select(_ => Pick(random, pool)).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    private static void Shuffle(Random random, List<string> entries)
    {
        for (var i = entries.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (entries[i], entries[j]) = (entries[j], entries[i]);
        }
    }
}
