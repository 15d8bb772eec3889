namespace FabMob.Tests.Shared;

/// <summary>
/// What <see cref="AssociationRepository.Write"/> wrote, for tests to assert against: every article and page with
/// its expected slug, cover and text length, every picture and document, the YAML entries, the old-domain links.
/// Paths are repository-relative with <c>/</c> separators, NFC, not percent-encoded.
/// </summary>
internal sealed record AssociationRepositoryManifest
{
    /// <summary>The folder the tree was written to.</summary>
    public required string Root { get; init; }

    public required int Seed { get; init; }

    /// <summary>The date events are upcoming or past against.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Articles under <c>contenu/articles/YYYY/</c>, oldest folder first.</summary>
    public required IReadOnlyList<AssociationRepositoryArticle> Articles { get; init; }

    /// <summary>Pages <c>contenu/*.md</c>.</summary>
    public required IReadOnlyList<AssociationRepositoryPage> Pages { get; init; }

    /// <summary>Every picture file written (articles' <c>images/</c>, covers, <c>images/**</c>, the logo).</summary>
    public required IReadOnlyList<string> Pictures { get; init; }

    /// <summary><c>documents/*.pdf</c>.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>People and organisations of <c>contenu/ecosystème.yaml</c>, in file order.</summary>
    public required IReadOnlyList<AssociationRepositoryMember> Members { get; init; }

    /// <summary>Entries of <c>contenu/evenements-fabmob.yaml</c>, in file order.</summary>
    public required IReadOnlyList<AssociationRepositoryEvent> Events { get; init; }

    /// <summary>Wiki page ids of <c>contenu/communs-fabmob.yaml</c>.</summary>
    public required IReadOnlyList<string> Communs { get; init; }

    /// <summary>Entries of <c>contenu/publications-fabmob.yaml</c>.</summary>
    public required IReadOnlyList<AssociationRepositoryPublication> Publications { get; init; }

    /// <summary>Missions of <c>contenu/mecenat-competences.yaml</c>.</summary>
    public required IReadOnlyList<AssociationRepositoryMission> Missions { get; init; }

    /// <summary>Links in article bodies to the site's old addresses (old domain, <c>/articles/…</c>).</summary>
    public required IReadOnlyList<AssociationRepositoryLink> OldDomainLinks { get; init; }

    /// <summary>Files of the React app and the repository's tooling that the site must not serve.</summary>
    public required IReadOnlyList<string> IgnoredFiles { get; init; }

    /// <summary>The YAML data files (<c>contenu/*.yaml</c>).</summary>
    public required IReadOnlyList<string> DataFiles { get; init; }

    /// <summary>The logo, <c>images/fabmob_cmjn1.svg</c>.</summary>
    public required string LogoPath { get; init; }

    /// <summary>Host names of the site's old domain that bodies link to.</summary>
    public IReadOnlyList<string> OwnHosts { get; } = AssociationRepository.OwnHosts;

    public AssociationRepositoryArticle Article(string rawName) => Articles.Single(a => a.RawName == rawName);
}
