namespace FabMob.Web.Routing;

/// <summary>The addresses the application generates itself, as routes: <see cref="GeneratedAddresses.Templates"/> spells each.</summary>
public enum GeneratedRoute
{
    /// <summary>The blog's main list and its pages (<c>/blog</c>, <c>/blog/page/2</c>).</summary>
    BlogList,

    /// <summary>The blog's articles of one year and its pages (<c>/blog/année/2021</c>, <c>/blog/année/2021/page/2</c>).</summary>
    BlogYear,

    /// <summary>The blog's RSS feed (<c>/blog/feed.xml</c>).</summary>
    BlogRss,

    /// <summary>The blog's Atom feed (<c>/blog/atom.xml</c>).</summary>
    BlogAtom,

    /// <summary>The index of tags (<c>/étiquettes</c>).</summary>
    TagIndex,

    /// <summary>One tag's list and its pages (<c>/étiquettes/vélo</c>, <c>/étiquettes/vélo/page/2</c>).</summary>
    TagList,

    /// <summary>One tag's RSS feed (<c>/étiquettes/vélo/feed.xml</c>).</summary>
    TagRss,

    /// <summary>The index of categories (<c>/catégories</c>).</summary>
    CategoryIndex,

    /// <summary>One category's list and its pages (<c>/catégories/projets</c>, <c>/catégories/projets/page/2</c>).</summary>
    CategoryList,

    /// <summary><c>/sitemap.xml</c>.</summary>
    Sitemap,

    /// <summary><c>/robots.txt</c>.</summary>
    Robots,
}
