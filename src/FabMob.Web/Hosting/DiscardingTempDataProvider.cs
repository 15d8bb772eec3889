using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FabMob.Web.Hosting;

/// <summary>
/// TempData that keeps nothing between requests. The site never stores anything in TempData (no view or controller
/// reads or writes it), but MVC's default provider keeps it in a cookie protected by Data Protection: its constructor
/// builds the key ring's manager at the first page of the process (~10 ms on the first request, docs/performance.md
/// « La première requête »). This one needs nothing; a value put in TempData would be gone at the next request.
/// </summary>
public sealed class DiscardingTempDataProvider : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
    }
}
