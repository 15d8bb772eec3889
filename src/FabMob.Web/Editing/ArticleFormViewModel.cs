using FabMob.Content;
using FabMob.Content.Editing;

namespace FabMob.Web.Editing;

/// <summary>
/// The article form's screen: the fields, the findings of the checks (by field when they name one), a message
/// (saved, conflict, refusal), the plan of a new article, a preview, and, for a file the editor cannot edit safely,
/// why and its raw text, read-only.
/// </summary>
public sealed record ArticleFormViewModel(ArticleFormMode Mode, ArticleForm Form)
{
    public string? PublicAddress { get; init; }
    public IReadOnlyList<EditionMessage> Messages { get; init; } = [];
    public IReadOnlyList<ContentError> Findings { get; init; } = [];
    public NewArticle? Plan { get; init; }
    public ArticlePreview? Preview { get; init; }

    /// <summary>Why the file cannot be edited by the form (file:line, French); the form is then read-only.</summary>
    public string? Refusal { get; init; }

    /// <summary>The file's text when <see cref="Refusal"/> is set.</summary>
    public string? RawText { get; init; }

    /// <summary>Field errors by field name (<c>titre</c>…), shown under the field and tied to it by aria-describedby.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsReadOnly => Refusal is not null;

    public string? ErrorOf(string field) => FieldErrors.TryGetValue(field, out var error) ? error : null;
}
