namespace FabMob.Tests.Shared;

/// <summary>How a picture is named.</summary>
internal enum AssociationRepositoryPictureSyntax
{
    /// <summary><c>image:</c> in front matter.</summary>
    FrontMatter,

    /// <summary><c>![alt](…)</c>.</summary>
    Markdown,

    /// <summary><c>&lt;img src="…"&gt;</c>.</summary>
    Html,
}
