using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using FabMob.Content;
using FabMob.Content.Addresses;
using FabMob.Content.Editing;
using FabMob.Content.FrontMatterParsing;
using FabMob.Web.Content;
using FabMob.Web.Editing.Git;
using FabMob.Web.Routing;
using Microsoft.AspNetCore.Mvc;

namespace FabMob.Web.Editing;

/// <summary>
/// The editor's Markdown screens: open a page or an article in a form, preview it through the site's own pipeline,
/// save it as a git commit (refused when the file changed since it was opened), create a new article, add a picture
/// to an article's <c>images/</c> folder. Every unsafe method is checked for its antiforgery token; the gate in front
/// requires a signed-in editor and marks every answer <c>no-store</c>.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class EditionFileController(ContentSnapshotHost content, ContentOptions options, ContentGitStore store, EditionFilePaths paths,
    ArticlePreviewer previewer, EditedFileValidator validator, NewArticlePlanner planner, PictureUploadPlanner pictures,
    PictureUploadOptions pictureLimits, SiteAddresses addresses, TimeProvider time) : Controller
{
    /// <summary>Largest form accepted (an 8 MiB text or a 5 MiB picture with the article's fields).</summary>
    public const long MaxFormBytes = 10 * 1024 * 1024;

    /// <summary>Set on the redirect after a save whose checks gave warnings, so that the form shows them again.</summary>
    public const string WarningsQuery = "verifier";

    private const string FormView = "~/Views/Edition/Article.cshtml";
    private const string RefusalView = "~/Views/Edition/Refus.cshtml";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [HttpGet(EditionViews.FilePath)]
    public async Task<IActionResult> EditAsync([FromQuery(Name = EditionViews.FileQuery)] string? path,
        [FromQuery(Name = EditionViews.OutcomeQuery)] string? outcome, [FromQuery(Name = WarningsQuery)] string? warnings)
    {
        var (file, refused) = await OpenAsync(path).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var messages = EditionOutcomes.Message(outcome) is { } done ? new[] { done } : [];
        try
        {
            var document = FrontMatterDocument.Parse(file!.Text, file.ContentPath, options.Limits);
            return View(FormView, new ArticleFormViewModel(ArticleFormMode.Edit, ArticleForm.From(document.Fields, document.Body, path, file.Blob))
            {
                PublicAddress = PublicAddress(file.ContentPath),
                Messages = messages,
                // After a save that had warnings, they are shown again (the save redirected): checked on the saved text.
                Findings = warnings is null ? [] : Check(file.ContentPath, file.Text),
            });
        }
        catch (FrontMatterEditException e)
        {
            return View(FormView, new ArticleFormViewModel(ArticleFormMode.Edit, new ArticleForm { Path = path, Blob = file!.Blob })
            {
                PublicAddress = PublicAddress(file.ContentPath),
                Refusal = Located(e.Finding),
                RawText = file.Text,
                Messages = messages,
            });
        }
    }

    [HttpPost(EditionViews.FilePath)]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes, ValueLengthLimit = (int)MaxFormBytes)]
    public async Task<IActionResult> SubmitAsync([FromForm] ArticleForm form, [FromForm(Name = "action")] string? action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (file, refused) = await OpenAsync(form.Path).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var model = new ArticleFormViewModel(ArticleFormMode.Edit, form) { PublicAddress = PublicAddress(file!.ContentPath) };
        if (file.Blob != form.Blob)
        {
            return Conflict(model, file.ContentPath, file.Blob);
        }

        string text;
        try
        {
            text = FrontMatterDocument.Parse(file.Text, file.ContentPath, options.Limits).Write(form.ToFields(), form.Body ?? "");
        }
        catch (FrontMatterEditException e)
        {
            return Refuse(model with { Messages = [new EditionMessage(Located(e.Finding), IsError: true)] }, e);
        }

        if (string.Equals(action, "apercu", StringComparison.Ordinal))
        {
            return Preview(model, file.ContentPath, text);
        }

        return await SaveAsync(model, file.ContentPath, text, form.Blob, cancellationToken).ConfigureAwait(false);
    }

    [HttpPost(EditionViews.FilePath + "/image")]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes, ValueLengthLimit = (int)MaxFormBytes)]
    public async Task<IActionResult> AddPictureToFileAsync([FromForm] ArticleForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (file, refused) = await OpenAsync(form.Path).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var model = new ArticleFormViewModel(ArticleFormMode.Edit, form) { PublicAddress = PublicAddress(file!.ContentPath) };
        return await AddPictureAsync(model, file.ContentPath, cancellationToken).ConfigureAwait(false);
    }

    [HttpGet(EditionViews.NewArticlePath)]
    public IActionResult NewArticle()
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), ContentDate.Paris);
        var form = new ArticleForm
        {
            Date = now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Authors = User.Identity?.Name,
            Draft = true,
        };
        return View(FormView, new ArticleFormViewModel(ArticleFormMode.Create, form));
    }

    [HttpPost(EditionViews.NewArticlePath)]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes, ValueLengthLimit = (int)MaxFormBytes)]
    public async Task<IActionResult> SubmitNewArticleAsync([FromForm] ArticleForm form, [FromForm(Name = "action")] string? action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var model = new ArticleFormViewModel(ArticleFormMode.Create, form);
        if (!TryPlan(model, out var article, out var refusal, out var refused))
        {
            return refused;
        }

        model = model with { Plan = article, PublicAddress = article.Url };
        if (refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(FormView, model with { Messages = [refusal] });
        }

        string text;
        try
        {
            var fields = form.ToFields();
            text = FrontMatterDocument.Parse(article.Text, article.SourcePath, options.Limits).Write(fields, form.Body ?? "");
        }
        catch (FrontMatterEditException e)
        {
            return Refuse(model with { Messages = [new EditionMessage(Located(e.Finding), IsError: true)] }, e);
        }

        switch (action)
        {
            case "verifier":
                return View(FormView, model with
                {
                    Findings = Check(article.SourcePath, text),
                    Messages = [new EditionMessage($"L'article sera enregistré dans {paths.ToRepository(article.SourcePath)} et publié à l'adresse {article.Url}.", IsError: false)],
                });
            case "apercu":
                return Preview(model, article.SourcePath, text);
            default:
                return await SaveAsync(model, article.SourcePath, text, expectedBlob: null, cancellationToken).ConfigureAwait(false);
        }
    }

    [HttpPost(EditionViews.NewArticlePath + "/image")]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes, ValueLengthLimit = (int)MaxFormBytes)]
    public async Task<IActionResult> AddPictureToNewArticleAsync([FromForm] ArticleForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var model = new ArticleFormViewModel(ArticleFormMode.Create, form);
        if (!TryPlan(model, out var article, out _, out var refused))
        {
            return refused;
        }

        // A taken name does not matter here: the picture goes to the year's images/ folder either way.
        return await AddPictureAsync(model with { Plan = article, PublicAddress = article.Url }, article.SourcePath, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<IActionResult> SaveAsync(ArticleFormViewModel model, string contentPath, string text, string? expectedBlob,
        CancellationToken cancellationToken)
    {
        var findings = Check(contentPath, text);
        model = model with { Findings = findings };
        if (findings.Any(f => f.Severity == ContentSeverity.Error))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(FormView, model with
            {
                Messages = [new EditionMessage("Rien n'a été enregistré : corrigez d'abord les erreurs ci-dessous.", IsError: true)],
            });
        }

        var saved = await store.SaveTextAsync(contentPath, text, expectedBlob, EditorOf(User), cancellationToken).ConfigureAwait(false);
        switch (saved.Status)
        {
            case ContentSaveStatus.Saved:
            case ContentSaveStatus.Unchanged:
                return Redirect(paths.EditAddress(contentPath, EditionOutcomes.Code(saved)) + (findings.Count > 0 ? $"&{WarningsQuery}=1" : ""));
            case ContentSaveStatus.Conflict:
                return Conflict(model, contentPath, saved.Blob);
            case ContentSaveStatus.AlreadyExists:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(FormView, model with { Messages = [new EditionMessage(saved.Message, IsError: true)] });
            case ContentSaveStatus.Refused:
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(FormView, model with { Messages = [new EditionMessage(saved.Message, IsError: true)] });
            default:
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return View(FormView, model with { Messages = [new EditionMessage(saved.Message, IsError: true)] });
        }
    }

    private async Task<IActionResult> AddPictureAsync(ArticleFormViewModel model, string articlePath, CancellationToken cancellationToken)
    {
        var upload = Request.HasFormContentType ? Request.Form.Files.GetFile("fichier") : null;
        if (upload is null || upload.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(FormView, model with { Messages = [new EditionMessage("Choisissez d'abord une image à ajouter.", IsError: true)] });
        }

        if (upload.Length > pictureLimits.MaxBytes)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return View(FormView, model with
            {
                Messages = [new EditionMessage($"Image refusée : trop lourde ({upload.Length / 1024} Kio, au plus {pictureLimits.MaxBytes / 1024} Kio) ; réduisez-la avant de l'envoyer.", IsError: true)],
            });
        }

        var bytes = new byte[upload.Length];
        var stream = upload.OpenReadStream();
        await using (stream.ConfigureAwait(false))
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        PictureUpload planned;
        try
        {
            planned = pictures.Plan(articlePath, upload.FileName, bytes, model.Form.AltText, paths.Exists);
        }
        catch (PictureUploadException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(FormView, model with { Messages = [new EditionMessage("Image refusée : " + e.Message + ".", IsError: true)] });
        }

        var added = await store.AddPictureAsync(planned.SourcePath, bytes, EditorOf(User), cancellationToken).ConfigureAwait(false);
        if (added.Status != ContentSaveStatus.Saved)
        {
            Response.StatusCode = added.Status switch
            {
                ContentSaveStatus.AlreadyExists => StatusCodes.Status409Conflict,
                ContentSaveStatus.Refused => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status503ServiceUnavailable,
            };
            return View(FormView, model with { Messages = [new EditionMessage(added.Message, IsError: true)] });
        }

        var body = (model.Form.Body ?? "").TrimEnd();
        model.Form.Body = (body.Length == 0 ? "" : body + "\n\n") + planned.Markdown + "\n";
        return View(FormView, model with
        {
            Messages =
            [
                new EditionMessage($"Image ajoutée : {planned.FileName}, servie à l'adresse {planned.SitePath} dès la prochaine mise à jour du site (une seconde environ). "
                    + "Le code Markdown de l'image est ajouté à la fin du texte : enregistrez l'article pour le garder. " + added.Message,
                    IsError: false, "Voir l'image", UrlPath.ForHref(planned.SitePath)),
            ],
        });
    }

    /// <summary>The page rendered as the public would see it, and what <c>check</c> says about it; nothing written.</summary>
    private ViewResult Preview(ArticleFormViewModel model, string contentPath, string text)
    {
        var preview = previewer.Render(content.For(HttpContext), contentPath, text);
        return View(FormView, model with
        {
            Preview = preview,
            Findings = Check(contentPath, text),
            Messages = preview is null
                ? [new EditionMessage("Aperçu impossible : avec ce texte, le fichier ne donne pas de page (voir les vérifications).", IsError: true)]
                : [],
        });
    }

    private IReadOnlyList<ContentError> Check(string contentPath, string text)
    {
        var snapshot = content.For(HttpContext);
        return validator.Validate(paths.ContentRoot, contentPath, text, snapshot, address => addresses.Exists(snapshot, address));
    }

    /// <summary>The file behind a <c>chemin</c>: null and a 400/404 French page when the path is refused or missing.</summary>
    private async Task<(OpenedFile? File, IActionResult? Refused)> OpenAsync(string? repositoryPath)
    {
        var contentPath = paths.ToContent(repositoryPath);
        var check = store.Guard.Check(contentPath ?? repositoryPath, EditableFileKinds.Text);
        if (contentPath is null || !check.IsAccepted)
        {
            return (null, RefusalPage(StatusCodes.Status400BadRequest, check.Refusal
                ?? $"Chemin refusé : « {repositoryPath} » n'est pas sous le dossier du contenu."));
        }

        if (!contentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return (null, RefusalPage(StatusCodes.Status400BadRequest, $"{repositoryPath} n'est pas une page Markdown (.md) : ce formulaire n'édite que les pages et les articles."));
        }

        var read = await store.ReadAsync(contentPath).ConfigureAwait(false);
        return read.Status switch
        {
            ContentFileReadStatus.Found => (new OpenedFile(contentPath, Utf8.GetString(read.Bytes), read.Blob), null),
            ContentFileReadStatus.NotFound => (null, RefusalPage(StatusCodes.Status404NotFound, read.Message)),
            _ => (null, RefusalPage(StatusCodes.Status400BadRequest, read.Message)),
        };
    }

    private ViewResult RefusalPage(int status, string message)
    {
        Response.StatusCode = status;
        return View(RefusalView, new EditionRefusalViewModel(status == StatusCodes.Status404NotFound ? "Fichier introuvable" : "Demande refusée", message));
    }

    private ViewResult Conflict(ArticleFormViewModel model, string contentPath, string? currentBlob)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(FormView, model with
        {
            Messages =
            [
                new EditionMessage(
                    "Ce fichier a changé depuis que vous l'avez ouvert (une autre personne l'a enregistré, ou le site a été mis à jour). "
                    + "Rien n'a été enregistré : votre texte est encore dans le formulaire ci-dessous. Copiez-le, puis rechargez la nouvelle version"
                    + (currentBlob is null ? " (le fichier a été supprimé)." : $" (version {currentBlob[..Math.Min(7, currentBlob.Length)]})."),
                    IsError: true, "Recharger la nouvelle version", paths.EditAddress(contentPath)),
            ],
        });
    }

    private ViewResult Refuse(ArticleFormViewModel model, FrontMatterEditException e)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return e.Refusal == FrontMatterEditRefusal.InvalidValue
            ? View(FormView, model with { FieldErrors = new Dictionary<string, string>(StringComparer.Ordinal) { ["date"] = e.Finding.Message } })
            : View(FormView, model);
    }

    /// <summary>
    /// The new article the form plans, with the refusal to show when its name was taken (a suggestion is planned
    /// instead); false with the answer to give when no article can be planned (no title, an unreadable date, a name
    /// with no free suggestion).
    /// </summary>
    private bool TryPlan(ArticleFormViewModel model, [NotNullWhen(true)] out NewArticle? article, out EditionMessage? refusal,
        [NotNullWhen(false)] out IActionResult? refused)
    {
        article = null;
        refusal = null;
        if (Plan(model) is not { } plan)
        {
            refused = PlanRefused(model);
            return false;
        }

        if (plan.Article is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            refused = View(FormView, model with { Messages = [plan.Refusal!] });
            return false;
        }

        (article, refusal, refused) = (plan.Article, plan.Refusal, null);
        return true;
    }

    private PlannedArticle? Plan(ArticleFormViewModel model)
    {
        var form = model.Form;
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            return null;
        }

        DateTimeOffset? date = null;
        if (!string.IsNullOrWhiteSpace(form.Date))
        {
            if (!ContentDate.TryParse(form.Date.Trim(), out var parsed))
            {
                return null;
            }

            date = parsed;
        }

        var snapshot = content.For(HttpContext);
        try
        {
            var name = string.IsNullOrWhiteSpace(form.Name) ? form.Title : form.Name;
            return new PlannedArticle(planner.Plan(name, date, taken => paths.Exists(taken) || snapshot.Match(taken) is not ContentMatch.NotFound), null);
        }
        catch (NewArticleException e) when (e.Suggestion is { } suggestion)
        {
            form.Name = suggestion.Slug;
            return new PlannedArticle(suggestion, new EditionMessage(
                $"Ce nom est déjà pris : {e.Message}. Le nom « {suggestion.Slug} » est proposé dans le champ « Nom du fichier » ; vérifiez-le puis enregistrez.",
                IsError: true));
        }
        catch (NewArticleException e)
        {
            model.Form.Name = null;
            return new PlannedArticle(null, new EditionMessage("Article impossible à créer : " + e.Message + ".", IsError: true));
        }
    }

    private ViewResult PlanRefused(ArticleFormViewModel model)
    {
        var form = model.Form;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            errors["titre"] = "Le titre est obligatoire : il donne aussi le nom du fichier et l'adresse de l'article.";
        }
        else
        {
            errors["date"] = $"Date « {form.Date} » illisible : écrivez-la 2026-12-06 ou 2026-12-06 14:30.";
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(FormView, model with { FieldErrors = errors });
    }

    private string? PublicAddress(string contentPath) =>
        content.For(HttpContext).PagesBySource.TryGetValue(ContentUrlRules.Normalize(contentPath), out var page) ? page.Url : null;

    private static string Located(ContentError finding) => $"{finding.File}, ligne {finding.Line} : {finding.Message}";

    private static EditorIdentity EditorOf(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Email) ?? "");

    private sealed record OpenedFile(string ContentPath, string Text, string? Blob);

    private sealed record PlannedArticle(NewArticle? Article, EditionMessage? Refusal);
}
