namespace FabMob.Web.Tests.Browser;

/// <summary>One address per kind of page the site serves, with the status it answers.</summary>
public static class PageTypes
{
    /// <summary>Name (for reports and screenshot files), site path, expected status.</summary>
    public static readonly IReadOnlyList<(string Name, string Path, int Status)> All =
    [
        ("accueil", "/", 200),
        ("page", "/à-propos", 200),
        ("page-travailler", "/à-propos/travailler", 200),
        ("article", "/blog/genese", 200),
        ("blog", "/blog", 200),
        ("etiquette", "/étiquettes/vélo", 200),
        ("equipe", "/à-propos/nous", 200),
        ("evenements", "/événements", 200),
        ("communs", "/communs", 200),
        ("introuvable", "/cette-page-n-existe-pas", 404),
    ];

    public static IEnumerable<object[]> Names => All.Select(p => new object[] { p.Name });

    public static (string Name, string Path, int Status) Named(string name) => All.Single(p => p.Name == name);
}
