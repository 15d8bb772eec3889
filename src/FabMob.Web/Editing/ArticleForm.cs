using FabMob.Content.Editing;
using Microsoft.AspNetCore.Mvc;

namespace FabMob.Web.Editing;

/// <summary>
/// The article form as the browser posts it (field names in French). Authors, tags and categories are
/// comma-separated; aliases one per line. Every value is text: nothing typed here is ever HTML.
/// </summary>
public sealed class ArticleForm
{
    [FromForm(Name = "chemin")] public string? Path { get; set; }
    [FromForm(Name = "blob")] public string? Blob { get; set; }
    [FromForm(Name = "titre")] public string? Title { get; set; }
    [FromForm(Name = "date")] public string? Date { get; set; }
    [FromForm(Name = "resume")] public string? Summary { get; set; }
    [FromForm(Name = "auteurs")] public string? Authors { get; set; }
    [FromForm(Name = "etiquettes")] public string? Tags { get; set; }
    [FromForm(Name = "categories")] public string? Categories { get; set; }
    [FromForm(Name = "image")] public string? Image { get; set; }
    [FromForm(Name = "brouillon")] public bool Draft { get; set; }
    [FromForm(Name = "slug")] public string? Slug { get; set; }
    [FromForm(Name = "alias")] public string? Aliases { get; set; }
    [FromForm(Name = "corps")] public string? Body { get; set; }

    /// <summary>New article only: the file name (slug) to use instead of the title's, e.g. a suggestion after a collision.</summary>
    [FromForm(Name = "nom")] public string? Name { get; set; }

    /// <summary>Upload only: what the picture shows.</summary>
    [FromForm(Name = "texteAlternatif")] public string? AltText { get; set; }

    public ArticleFields ToFields() => new ArticleFields
    {
        Title = Title,
        Date = Date,
        Summary = Summary,
        Authors = Split(Authors, ','),
        Tags = Split(Tags, ','),
        Categories = Split(Categories, ','),
        Image = Image,
        Draft = Draft,
        Slug = Slug,
        Aliases = Split(Aliases?.ReplaceLineEndings("\n"), '\n'),
    }.Normalized();

    public static ArticleForm From(ArticleFields fields, string body, string? path, string? blob)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new ArticleForm
        {
            Path = path,
            Blob = blob,
            Title = fields.Title,
            Date = fields.Date,
            Summary = fields.Summary,
            Authors = string.Join(", ", fields.Authors),
            Tags = string.Join(", ", fields.Tags),
            Categories = string.Join(", ", fields.Categories),
            Image = fields.Image,
            Draft = fields.Draft,
            Slug = fields.Slug,
            Aliases = string.Join("\n", fields.Aliases),
            Body = body,
        };
    }

    private static string[] Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
