namespace FabMob.Web.Editing;

/// <summary>A page rendered by the site's own view (<see cref="ViewName"/>, its model) from text that is not saved.</summary>
public sealed record ArticlePreview(string ViewName, object Model);
