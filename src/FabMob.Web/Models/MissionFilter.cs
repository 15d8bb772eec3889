namespace FabMob.Web.Models;

/// <summary>The filter form of the missions page: the values to choose from and the ones asked for (null: all).</summary>
public sealed record MissionFilter(IReadOnlyList<string> Communs, IReadOnlyList<string> Postes, string? Commun, string? Poste)
{
    /// <summary>The query names of the form (<c>?commun=…&amp;poste=…</c>).</summary>
    public const string CommunQuery = "commun";
    public const string PosteQuery = "poste";

    public bool IsActive => Commun is not null || Poste is not null;
}
