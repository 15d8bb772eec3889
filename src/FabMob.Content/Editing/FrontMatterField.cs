namespace FabMob.Content.Editing;

/// <summary>A front-matter field the editor's form owns.</summary>
public enum FrontMatterField
{
    Title,
    Date,
    Summary,
    Authors,
    Tags,
    Categories,
    Image,
    Draft,
    Slug,
    Aliases,
}
