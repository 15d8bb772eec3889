using System.Text;

namespace FabMob.Content.Editing;

/// <summary>
/// Which front-matter keys spell which form field: the same spellings as the site's
/// <see cref="FrontMatterParsing.FrontMatterReader"/> (case ignored, NFC), and the French key written
/// when a field is added.
/// </summary>
internal static class FrontMatterFieldKeys
{
    /// <summary>The field a top-level key spells, or null (a key the form does not own).</summary>
    public static FrontMatterField? Of(string key) => Normalize(key) switch
    {
        "titre" or "title" => FrontMatterField.Title,
        "date" or "publish_date" => FrontMatterField.Date,
        "résumé" or "resume" or "summary" => FrontMatterField.Summary,
        "auteur" or "author" or "auteurs" or "authors" => FrontMatterField.Authors,
        "tags" or "étiquettes" or "etiquettes" => FrontMatterField.Tags,
        "catégories" or "categories" => FrontMatterField.Categories,
        "image" => FrontMatterField.Image,
        "brouillon" or "draft" => FrontMatterField.Draft,
        "slug" => FrontMatterField.Slug,
        "alias" or "aliases" => FrontMatterField.Aliases,
        _ => null,
    };

    /// <summary>Whether a top-level key is the Grav-style <c>taxonomy</c> map.</summary>
    public static bool IsTaxonomy(string key) => Normalize(key) is "taxonomy" or "taxonomie";

    /// <summary>The field a key inside <c>taxonomy</c> spells (tags or categories), or null.</summary>
    public static FrontMatterField? OfTaxonomy(string key) => Normalize(key) switch
    {
        "tag" or "tags" or "étiquettes" or "etiquettes" => FrontMatterField.Tags,
        "category" or "categories" or "catégories" => FrontMatterField.Categories,
        _ => null,
    };

    /// <summary>The key written when the file has none for the field: the site's French spelling.</summary>
    public static string Preferred(FrontMatterField field) => field switch
    {
        FrontMatterField.Title => "titre",
        FrontMatterField.Date => "date",
        FrontMatterField.Summary => "résumé",
        FrontMatterField.Authors => "auteurs",
        FrontMatterField.Tags => "étiquettes",
        FrontMatterField.Categories => "catégories",
        FrontMatterField.Image => "image",
        FrontMatterField.Draft => "brouillon",
        FrontMatterField.Slug => "slug",
        FrontMatterField.Aliases => "alias",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>French name of a field, for messages.</summary>
    public static string Label(FrontMatterField field) => field switch
    {
        FrontMatterField.Title => "le titre",
        FrontMatterField.Date => "la date",
        FrontMatterField.Summary => "le résumé",
        FrontMatterField.Authors => "les auteurs",
        FrontMatterField.Tags => "les étiquettes",
        FrontMatterField.Categories => "les catégories",
        FrontMatterField.Image => "l'image",
        FrontMatterField.Draft => "le brouillon",
        FrontMatterField.Slug => "le slug",
        FrontMatterField.Aliases => "les alias",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static bool IsList(FrontMatterField field) =>
        field is FrontMatterField.Authors or FrontMatterField.Tags or FrontMatterField.Categories or FrontMatterField.Aliases;

    private static string Normalize(string key) => key.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
}
