using System.Text.Json;
using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Commands;

/// <summary>
/// <c>check</c> as editors and CI run it: in process through <see cref="CheckCommand.RunAsync(string[], TextWriter, TextWriter)"/>
/// (the real configuration and services, output captured per test), and as the built app started with
/// <c>dotnet FabMob.Web.dll check</c>.
/// </summary>
public sealed class CheckCommandTests
{
    /// <summary>Every kind of finding, one file each (see the file names).</summary>
    private static readonly string BrokenTree = Path.Combine(AppContext.BaseDirectory, "Fixtures", "check-errors");

    private static readonly string[] BrokenTreeOutput =
    [
        "_data/equipe.yaml:4:20: erreur: YAML invalide : structure incorrecte : crochet, accolade ou guillemet non fermé ?",
        "alias.md:1:1: erreur: l'alias /à-propos est l'adresse de la page à-propos.md : il est ignoré",
        "cassé.md:3:16: erreur: YAML invalide : structure incorrecte : crochet, accolade ou guillemet non fermé ?",
        "date.md:3:7: erreur: date invalide « 31-02-2021 » : écrire 2015-03-24, 2015-03-24T17:42:12Z, 24-03-2015 ou 24-03-2015 17:42",
        "gabarit.md:1:1: erreur: gabarit « galerie » inconnu (gabarits connus : accueil, page)",
        "index.md:8:43: avertissement: lien vers une page du site qui n'existe pas : /communs",
        "index.md:10:1: avertissement: image introuvable : « images/logo.png » (adresse /images/logo.png)",
        "index.md:12:5: avertissement: lien en http:// vers le site lui-même (« http://www.lafabriquedesmobilites.fr/à-propos ») : " +
            "écrivez plutôt « /à-propos »",
        "sans-fin.md:1:1: erreur: en-tête YAML non fermé : la ligne « --- » qui doit le terminer est introuvable",
        "sans-titre.md:1:1: avertissement: titre manquant (« titre: » dans l'en-tête) : le site affiche « Sans titre », tiré du nom du fichier",
        "vélo_électrique.md:1:1: erreur: l'adresse /vélo-électrique est déjà celle de vélo-électrique.md : ce fichier n'est pas publié " +
            "(renommez-le ou donnez-lui un « slug »)",
        "11 fichiers vérifiés : 7 erreurs, 4 avertissements",
    ];

    /// <summary>The links of the founding pages to pages that do not exist yet.</summary>
    private static readonly string[] RepositoryBrokenLinks =
    [
        "à-propos.md:30:22: avertissement: lien vers une page du site qui n'existe pas : /à-propos/nous",
        "à-propos.md:42:11: avertissement: lien vers une page du site qui n'existe pas : /communs",
        "à-propos.md:44:52: avertissement: lien vers une page du site qui n'existe pas : /participer",
    ];

    private static async Task<(int Status, string[] Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var status = await CheckCommand.RunAsync(args, output, errors);
        return (status, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), errors.ToString());
    }

    [Fact]
    public async Task The_repository_content_passes_and_every_link_to_a_missing_page_is_named_as_a_warning()
    {
        var (status, output, errors) = await RunAsync($"--Site:ContentPath={RepositoryContent()}");

        Assert.Equal(0, status);
        Assert.Equal("", errors);
        foreach (var line in RepositoryBrokenLinks)
        {
            Assert.Contains(line, output);
        }

        Assert.All(output[..^1], line => Assert.Contains(": avertissement: ", line, StringComparison.Ordinal));
        Assert.Matches(@"^\d+ fichiers? vérifiés? : 0 erreur, \d+ avertissements?$", output[^1]);
    }

    [Fact]
    public async Task Each_kind_of_problem_is_one_line_in_file_order_then_a_summary_and_errors_give_status_1()
    {
        var (status, output, errors) = await RunAsync($"--Site:ContentPath={BrokenTree}");

        Assert.Equal(1, status);
        Assert.Equal(string.Join('\n', BrokenTreeOutput), string.Join('\n', output));
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task Json_format_prints_an_array_of_findings_and_the_summary_on_standard_error()
    {
        var (status, output, errors) = await RunAsync("--format", "json", $"--Site:ContentPath={BrokenTree}");

        Assert.Equal(1, status);
        Assert.Equal("11 fichiers vérifiés : 7 erreurs, 4 avertissements", errors.Trim());
        using var json = JsonDocument.Parse(string.Join('\n', output));
        var findings = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(11, findings.Count);
        var date = findings[3];
        Assert.Equal("date.md", date.GetProperty("file").GetString());
        Assert.Equal(3, date.GetProperty("line").GetInt32());
        Assert.Equal(7, date.GetProperty("column").GetInt32());
        Assert.Equal("error", date.GetProperty("severity").GetString());
        Assert.Equal("date invalide « 31-02-2021 » : écrire 2015-03-24, 2015-03-24T17:42:12Z, 24-03-2015 ou 24-03-2015 17:42",
            date.GetProperty("message").GetString());
        Assert.Equal(["error", "warning"], findings.Select(f => f.GetProperty("severity").GetString()).Distinct().Order());
        Assert.Equal(BrokenTreeOutput[..^1],
            findings.Select(f => $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:" +
                                 $"{f.GetProperty("column").GetInt32()}: " +
                                 $"{(f.GetProperty("severity").GetString() == "error" ? "erreur" : "avertissement")}: " +
                                 f.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Json_format_on_a_clean_tree_is_an_empty_array()
    {
        var root = Path.Combine(Path.GetTempPath(), "fabmob-check-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "index.md"), "---\ntitre: Accueil\n---\nBonjour.\n");

            var (status, output, errors) = await RunAsync($"--Site:ContentPath={root}", "--format=json");

            Assert.Equal(0, status);
            Assert.Equal("[]", string.Join('\n', output));
            Assert.Equal("1 fichier vérifié : 0 erreur, 0 avertissement", errors.Trim());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error_with_status_2()
    {
        var (status, output, errors) = await RunAsync("--format", "xml");

        Assert.Equal(2, status);
        Assert.Empty(output);
        Assert.StartsWith("check : format « xml » inconnu (texte ou json)", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_content_folder_is_a_configuration_error_naming_the_key()
    {
        var (status, output, errors) = await RunAsync("--Site:ContentPath=/dossier/qui/n/existe/pas");

        Assert.Equal(2, status);
        Assert.Empty(output);
        Assert.Equal("check : configuration invalide : Site:ContentPath : le dossier de contenu « /dossier/qui/n/existe/pas » n'existe pas.",
            errors.Trim());
    }

    [Fact]
    public async Task The_built_app_checks_the_repository_content_with_status_0()
    {
        var (status, output, errors) = await SiteProcess.RunAsync("check", $"--Site:ContentPath={RepositoryContent()}");

        Assert.True(status == 0, $"status {status}\n{output}\n{errors}");
        foreach (var line in RepositoryBrokenLinks)
        {
            Assert.Contains(line + "\n", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_built_app_exits_with_1_naming_the_malformed_file_and_line()
    {
        var (status, output, _) = await SiteProcess.RunAsync("check", $"--Site:ContentPath={BrokenTree}");

        Assert.Equal(1, status);
        Assert.Contains("\ncassé.md:3:16: erreur: YAML invalide : ", output, StringComparison.Ordinal);
        Assert.EndsWith("11 fichiers vérifiés : 7 erreurs, 4 avertissements\n", output, StringComparison.Ordinal);
    }

    private static string RepositoryContent() => Path.Combine(SiteProcess.RepositoryRoot().FullName, "content");
}
