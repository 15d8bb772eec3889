using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Editing;

/// <summary>
/// In front of everything under <c>/_edition</c>: with no account configured it answers 404 (the French page
/// of an unknown address); otherwise every response is <c>Cache-Control: no-store</c> and <c>noindex</c>, and a
/// request without a signed-in editor, except the sign-in page itself, is challenged (GET/HEAD: a redirection to
/// the sign-in page; other methods: 401). Runs after authentication.
/// </summary>
public sealed class EditionGateMiddleware(RequestDelegate next, EditorAccounts accounts)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!accounts.Any)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.CacheControl = "no-store";
            headers.Pragma = "no-cache";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        }, context);

        var signInPage = context.Request.Path.Equals(EditionViews.SignInPath, StringComparison.OrdinalIgnoreCase);
        if (!signInPage && context.User.Identity?.IsAuthenticated != true)
        {
            return context.ChallengeAsync(EditionAuthentication.Scheme);
        }

        return next(context);
    }
}
