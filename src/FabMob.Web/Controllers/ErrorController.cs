using FabMob.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace FabMob.Web.Controllers;

/// <summary>The French error pages the pipeline re-executes to (see <c>ErrorPaths</c>).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    [Route("/_erreur/{code:int}")]
    public IActionResult Show(int code)
    {
        // Only reached through the pipeline's re-execution; asked directly, it does not exist.
        var status = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null ||
                     HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>() is not null
            ? Math.Clamp(code, 400, 599)
            : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        return View("Error", ErrorViewModel.For(status));
    }
}
