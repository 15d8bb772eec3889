using FabMob.Web.Models;
using Microsoft.AspNetCore.Mvc;

namespace FabMob.Web.Controllers;

internal static class NotFoundPages
{
    /// <summary>The site's French 404 page, as the answer of an action that found nothing to show.</summary>
    public static ViewResult NotFoundPage(this Controller controller)
    {
        controller.Response.StatusCode = StatusCodes.Status404NotFound;
        return controller.View("Error", ErrorViewModel.For(StatusCodes.Status404NotFound));
    }
}
