namespace FabMob.Tests.Shared;

/// <summary>Where an article's cover comes from.</summary>
internal enum AssociationRepositoryCoverKind
{
    /// <summary>No <c>image:</c> and no default cover file: the card has no picture.</summary>
    None,

    /// <summary><c>image: images/x.png</c>, relative to the article's file.</summary>
    Relative,

    /// <summary><c>image: "/contenu/articles/2026/images/x.png"</c>, from the repository root.</summary>
    RootAbsolute,

    /// <summary><c>image: https://…</c>.</summary>
    FullUrl,

    /// <summary>No <c>image:</c>; <c>contenu/articles/couvertures/{file name}.jpg</c> exists.</summary>
    DefaultCover,
}
