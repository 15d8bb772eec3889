namespace FabMob.Web.Wiki;

/// <summary><c>Site:Wiki</c>: the MediaWiki whose pages give communs and publications their title, picture and summary.</summary>
public sealed class WikiOptions
{
    /// <summary>The wiki's <c>api.php</c> (<c>https://wiki.lafabriquedesmobilites.fr/api.php</c>); empty: no enrichment.</summary>
    public string ApiUrl { get; set; } = "";
}
