namespace FabMob.Web.Configuration;

/// <summary>
/// One entry of <c>Site:Redirects</c>: <c>From</c> a site path pattern (<c>/articles/{id}</c>, one
/// segment per <c>{name}</c>) <c>To</c> a site path that may use the same names; answered with a 301,
/// query string kept. With <c>IfExists</c>, only when the target leads to a page.
/// </summary>
public sealed class RedirectRule
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public bool IfExists { get; set; }
}
