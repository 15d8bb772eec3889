using System.Text;

namespace FabMob.Tests.Shared;

/// <summary>
/// Writes, at test time, content files made to hurt a server (nothing big is committed: the 50 MB file
/// is sparse), and what must be said about each refused one. One source compiled into both test
/// projects (linked from <c>tests/Shared/</c>): the content library's tests and the site's use the same set.
/// </summary>
internal static class HostileFiles
{
    /// <summary>Refused files and a part of their French error message.</summary>
    public static IReadOnlyDictionary<string, string> Expected { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bombe-yaml.md"] = "trop de valeurs (plus de 100000, alias compris)",
        ["_data/bombe.yaml"] = "trop de valeurs",
        ["imbrication-yaml.md"] = "imbrication trop profonde (plus de 64 niveaux)",
        ["énorme.md"] = "fichier trop gros (51200 Kio, au plus 4096 Kio)",
        ["binaire.md"] = "fichier binaire",
        ["latin1.md"] = "pas encodé en UTF-8",
        ["emphase.md"] = "paragraphe trop chargé en mise en forme",
        ["crochets.md"] = "paragraphe trop chargé en mise en forme",
        ["liens.md"] = "paragraphe trop chargé en mise en forme",
        ["liens-ouverts.md"] = "paragraphe trop chargé en mise en forme",
        ["citations.md"] = "imbrication trop profonde",
        ["tableau.md"] = "tableau trop grand",
    };

    public static void Write(string root)
    {
        var utf8 = new UTF8Encoding(false);
        void Text(string name, string text)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, utf8);
        }

        static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

        var laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var previous = (char)(c - 1);
            laughs.Append(c).Append(": &").Append(c).Append(" [")
                .Append(string.Join(',', Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }

        Text("bombe-yaml.md", "---\ntitre: Bombe\n" + laughs + "---\nTexte.\n");
        Text("_data/bombe.yaml", laughs.ToString());
        Text("imbrication-yaml.md", "---\ntitre: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\nTexte.\n");

        using (var huge = File.Create(Path.Combine(root, "énorme.md")))
        {
            // Sparse: 50 MB on paper, nothing on disk; refused on its size before any byte is read.
            huge.SetLength(50L * 1024 * 1024);
        }

        File.WriteAllBytes(Path.Combine(root, "binaire.md"), [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x89, 0x50]);
        File.WriteAllBytes(Path.Combine(root, "latin1.md"), Encoding.Latin1.GetBytes("---\ntitre: Été à la Fabrique\n---\nDéjà là.\n"));
        Text("vide.md", "");
        Text("cent-mille-lignes.md", "---\ntitre: Cent mille lignes\n---\n" +
            string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 10 == 9 ? "\n" : $"Ligne {i} d'un long texte, *sans* excès.\n")));
        Text("emphase.md", "---\ntitre: Emphase\n---\n" + Repeat("*a **a ", 50_000) + "\n");
        Text("crochets.md", "---\ntitre: Crochets\n---\n" + new string('[', 50_000) + "\n");
        Text("liens.md", "---\ntitre: Liens\n---\n" + Repeat("](", 50_000) + "\n");
        Text("liens-ouverts.md", "---\ntitre: Liens ouverts\n---\n" + Repeat("[a](", 50_000) + "\n");
        Text("citations.md", "---\ntitre: Citations\n---\n" + new string('>', 5_000) + " texte\n");
        Text("tableau.md", "---\ntitre: Tableau\n---\n|" + Repeat("a|", 2_000) + "\n|" + Repeat("-|", 2_000) + "\n" + Repeat("|a|\n", 5_000));
    }
}
