using System.Security.Claims;
using FabMob.Web.Editing.Git;
using FabMob.Web.Editing.History;
using Microsoft.AspNetCore.Mvc;

namespace FabMob.Web.Editing;

/// <summary>
/// A file's history and the revert of one of its commits, and the data-file (YAML) screen. Under <c>/_edition</c>,
/// so <see cref="EditionGateMiddleware"/> already requires a signed-in editor; every unsafe method is checked for its
/// antiforgery token. Paths go through <see cref="EditionFilePaths"/> then the git store's guard: a refused path is
/// a 400 with a French page, before anything touches the disk.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class EditionHistoryController(ContentGitStore store, EditionFilePaths paths, DataFileValidator data) : Controller
{
    public const string HistoryPath = EditionViews.Prefix + "/historique";
    public const string RevertPath = HistoryPath + "/annuler";
    public const string DataPath = EditionViews.Prefix + "/donnees";
    public const int HistoryLength = 30;

    private const string HistoryView = "~/Views/Edition/Historique.cshtml";
    private const string ConfirmView = "~/Views/Edition/Annuler.cshtml";
    private const string DataView = "~/Views/Edition/Donnees.cshtml";
    private const string OutcomeView = "~/Views/Edition/Resultat.cshtml";

    public static string HistoryAddress(string repositoryPath) => $"{HistoryPath}?{EditionViews.FileQuery}={Uri.EscapeDataString(repositoryPath)}";

    public static string DataAddress(string repositoryPath) => $"{DataPath}?{EditionViews.FileQuery}={Uri.EscapeDataString(repositoryPath)}";

    [HttpGet(HistoryPath)]
    public async Task<IActionResult> HistoryAsync([FromQuery(Name = EditionViews.FileQuery)] string? path)
    {
        if (Refusal(path, EditableFileKinds.Any) is { } refused)
        {
            return refused;
        }

        var history = await store.HistoryAsync(paths.ToContent(path), HistoryLength).ConfigureAwait(false);
        return View(HistoryView, new HistoryViewModel(path!, [.. history.Entries.Select(ViewOf)], User.IsInRole(EditorRoles.Administration)));
    }

    [HttpGet(RevertPath)]
    public async Task<IActionResult> ConfirmRevertAsync([FromQuery(Name = EditionViews.FileQuery)] string? path, [FromQuery(Name = "commit")] string? commit)
    {
        if (Refusal(path, EditableFileKinds.Any) is { } refused)
        {
            return refused;
        }

        var entry = await FindAsync(path!, commit).ConfigureAwait(false);
        if (entry is null)
        {
            return Outcome(StatusCodes.Status404NotFound, "Modification introuvable",
                $"Cette modification ne figure pas dans l'historique récent de {path}.", path!);
        }

        if (!RevertRights.Allows(User, entry))
        {
            return Forbidden(path!);
        }

        return View(ConfirmView, new RevertConfirmationViewModel(path!, ViewOf(entry)));
    }

    [HttpPost(RevertPath)]
    public async Task<IActionResult> RevertAsync([FromForm(Name = EditionViews.FileQuery)] string? path, [FromForm(Name = "commit")] string? commit,
        [FromForm(Name = "confirmation")] string? confirmation, CancellationToken cancellationToken)
    {
        if (Refusal(path, EditableFileKinds.Any) is { } refused)
        {
            return refused;
        }

        var entry = await FindAsync(path!, commit).ConfigureAwait(false);
        if (entry is null)
        {
            return Outcome(StatusCodes.Status404NotFound, "Modification introuvable",
                $"Cette modification ne figure pas dans l'historique récent de {path} : rien n'a été annulé.", path!);
        }

        if (!RevertRights.Allows(User, entry))
        {
            return Forbidden(path!);
        }

        if (confirmation != "oui")
        {
            return Outcome(StatusCodes.Status400BadRequest, "Confirmation manquante",
                "Cochez la case de confirmation pour annuler cette modification : rien n'a été annulé.", path!);
        }

        var result = await store.RevertAsync(paths.ToContent(path), entry.Commit, Editor(), cancellationToken).ConfigureAwait(false);
        return result.Status switch
        {
            RevertStatus.Reverted => Outcome(StatusCodes.Status200OK, "Modification annulée", result.Message, path!, isError: false),
            RevertStatus.Conflict => Outcome(StatusCodes.Status409Conflict, "Annulation impossible",
                "Impossible d'annuler automatiquement : des modifications plus récentes du fichier touchent les mêmes lignes. Rien n'a été modifié ; "
                + "défaites-les d'abord, ou corrigez le fichier à la main.", path!),
            RevertStatus.Refused => Outcome(StatusCodes.Status400BadRequest, "Annulation refusée", result.Message, path!),
            _ => Outcome(StatusCodes.Status500InternalServerError, "Annulation impossible", result.Message, path!),
        };
    }

    [HttpGet(DataPath)]
    public async Task<IActionResult> DataFileAsync([FromQuery(Name = EditionViews.FileQuery)] string? path)
    {
        if (DataRefusal(path) is { } refused)
        {
            return refused;
        }

        var read = await store.ReadAsync(paths.ToContent(path)).ConfigureAwait(false);
        return read.Status switch
        {
            ContentFileReadStatus.Found => View(DataView, new DataFileViewModel(path!, read.Text, read.Blob, [], null, PublicAddress: PublicAddress(path!))),
            ContentFileReadStatus.NotFound => Outcome(StatusCodes.Status404NotFound, "Fichier introuvable", read.Message, path!, historyLink: false),
            _ => Outcome(StatusCodes.Status400BadRequest, "Fichier refusé", read.Message, path!, historyLink: false),
        };
    }

    [HttpPost(DataPath)]
    public async Task<IActionResult> SaveDataFileAsync([FromForm(Name = EditionViews.FileQuery)] string? path, [FromForm(Name = "texte")] string? text,
        [FromForm(Name = "blob")] string? blob, CancellationToken cancellationToken)
    {
        if (DataRefusal(path) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrEmpty(blob))
        {
            return Outcome(StatusCodes.Status400BadRequest, "Formulaire incomplet",
                "Le formulaire ne dit pas sur quelle version du fichier il a été ouvert : rouvrez le fichier. Rien n'a été écrit.", path!, historyLink: false);
        }

        // Browsers send CRLF line ends from a textarea; data files are written with LF.
        var yaml = (text ?? "").ReplaceLineEndings("\n");
        var contentPath = paths.ToContent(path)!;
        var findings = data.Validate(contentPath, yaml);
        if (findings.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(DataView, new DataFileViewModel(path!, yaml, blob, findings,
                "Le fichier n'a pas été enregistré : corrigez les erreurs ci-dessous.", PublicAddress: PublicAddress(path!)));
        }

        var saved = await store.SaveTextAsync(contentPath, yaml, blob, Editor(), cancellationToken).ConfigureAwait(false);
        switch (saved.Status)
        {
            case ContentSaveStatus.Saved:
            case ContentSaveStatus.Unchanged:
                var message = saved.Status == ContentSaveStatus.Saved ? $"Enregistré. {saved.Message}" : saved.Message;
                return View(DataView, new DataFileViewModel(path!, yaml, saved.Blob ?? blob, [], message, IsSaved: true, PublicAddress: PublicAddress(path!)));
            case ContentSaveStatus.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(DataView, new DataFileViewModel(path!, yaml, blob, [],
                    saved.Message + " Votre texte est conservé ci-dessous : copiez-le avant de recharger le fichier.", IsConflict: true,
                    PublicAddress: PublicAddress(path!)));
            case ContentSaveStatus.Refused:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(DataView, new DataFileViewModel(path!, yaml, blob, [], saved.Message, PublicAddress: PublicAddress(path!)));
            default:
                Response.StatusCode = StatusCodes.Status500InternalServerError;
                return View(DataView, new DataFileViewModel(path!, yaml, blob, [], saved.Message, PublicAddress: PublicAddress(path!)));
        }
    }

    private async Task<FileHistoryEntry?> FindAsync(string path, string? commit)
    {
        // A full commit id only (what the history page gives): no prefix, no ref name, no option.
        if (commit is null || commit.Length is not (40 or 64) || !commit.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var history = await store.HistoryAsync(paths.ToContent(path), ContentGitStore.MaxHistory).ConfigureAwait(false);
        return history.Entries.FirstOrDefault(e => string.Equals(e.Commit, commit, StringComparison.Ordinal));
    }

    private ViewResult? Refusal(string? path, EditableFileKinds kinds)
    {
        var contentPath = paths.ToContent(path);
        if (contentPath is null)
        {
            return Outcome(StatusCodes.Status400BadRequest, "Chemin refusé",
                path is null ? "Chemin de fichier absent." : $"Chemin refusé : « {path} » n'est pas dans le dossier de contenu ({paths.Prefix}).",
                null);
        }

        // The site's own configuration travels with the content but is not content: it changes through git, reviewed.
        if (string.Equals(contentPath, "site.yaml", StringComparison.OrdinalIgnoreCase))
        {
            return Outcome(StatusCodes.Status400BadRequest, "Chemin refusé",
                "site.yaml est la configuration du site : il ne se modifie pas dans l'éditeur.", null);
        }

        var check = store.Guard.Check(contentPath, kinds);
        return check.IsAccepted ? null : Outcome(StatusCodes.Status400BadRequest, "Chemin refusé", check.Refusal!, null);
    }

    private ViewResult? DataRefusal(string? path)
    {
        if (Refusal(path, EditableFileKinds.Text) is { } refused)
        {
            return refused;
        }

        return data.DataNameOf(paths.ToContent(path)!) is null
            ? Outcome(StatusCodes.Status400BadRequest, "Pas un fichier de données",
                $"« {path} » n'est pas un fichier de données du site (.yaml ou .yml dans un dossier de données).", null)
            : null;
    }

    private string? PublicAddress(string path) => data.PageOf(paths.ToContent(path)!)?.Path;

    private HistoryEntryView ViewOf(FileHistoryEntry entry) =>
        new(entry.Commit, entry.Commit[..Math.Min(7, entry.Commit.Length)], entry.AuthorName, ParisTime.Format(entry.Date), ParisTime.Iso(entry.Date),
            entry.Message, RevertRights.Allows(User, entry));

    private EditorIdentity Editor() =>
        new(User.FindFirstValue(ClaimTypes.Name) ?? "", User.FindFirstValue(ClaimTypes.Email) ?? "");

    private ViewResult Forbidden(string path) =>
        Outcome(StatusCodes.Status403Forbidden, "Action réservée",
            "Seul un compte « administration » peut annuler la modification d'une autre personne. Demandez-le à un administrateur du site.", path);

    private ViewResult Outcome(int status, string title, string message, string? path, bool isError = true, bool historyLink = true)
    {
        Response.StatusCode = status;
        var back = path is not null && historyLink ? HistoryAddress(path) : EditionViews.Prefix;
        var label = path is not null && historyLink ? "Revenir à l'historique du fichier" : "Revenir au tableau de bord";
        return View(OutcomeView, new EditionOutcomeViewModel(title, message, path, back, label, isError));
    }
}
