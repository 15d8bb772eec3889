namespace FabMob.Tests.Shared;

/// <summary>How a body links to another file.</summary>
internal enum AssociationRepositoryLinkKind
{
    /// <summary><c>../2019/Nom%20brut.md</c>, <c>&lt;./Nom brut.md&gt;</c>: relative to the file.</summary>
    RelativeFile,

    /// <summary><c>/blog/{raw name}</c>, encoded or not.</summary>
    BlogPath,

    /// <summary><c>http://lafabriquedesmobilites.fr/articles/{raw name}</c> (or with a category, or <c>www.</c>).</summary>
    OldDomain,

    /// <summary><c>/articles/{category}/{raw name}</c> on the site itself (old WordPress address).</summary>
    OldPath,

    /// <summary><c>/à-propos/{page}</c>.</summary>
    Page,

    /// <summary><c>/documents/x.pdf</c>.</summary>
    Document,
}
