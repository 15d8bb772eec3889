namespace FabMob.Web.Editing;

/// <summary>Which screen the article form is on.</summary>
public enum ArticleFormMode
{
    /// <summary>An existing file, opened by its path.</summary>
    Edit,

    /// <summary>A new article, not saved yet.</summary>
    Create,
}
