using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace FabMob.Web.Editing;

/// <summary>A refused sign-in attempt (too many, or a locked e-mail): the sign-in page, 429, <c>Retry-After</c>.</summary>
public static class SignInRefusal
{
    public static async ValueTask WriteAsync(HttpContext http, TimeSpan retryAfter, string reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var services = http.RequestServices;
        var view = new ViewResult
        {
            ViewName = EditionViews.SignIn,
            StatusCode = StatusCodes.Status429TooManyRequests,
            ViewData = new ViewDataDictionary<SignInViewModel>(services.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary())
            {
                Model = new SignInViewModel(Email: null, Message: SignInMessages.WithDelay(reason, retryAfter), ReturnUrl: null),
            },
            TempData = services.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http),
        };
        await view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor())).ConfigureAwait(false);
    }
}
