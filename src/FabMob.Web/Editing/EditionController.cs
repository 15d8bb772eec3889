using System.Security.Claims;
using FabMob.Web.Content;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FabMob.Web.Editing;

/// <summary>
/// The editor's shell: sign-in, sign-out and the dashboard listing what can be edited. Everything under
/// <c>/_edition</c> is guarded by <see cref="EditionGateMiddleware"/> (accounts configured, signed-in editor);
/// every unsafe method is checked for its antiforgery token.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AutoValidateAntiforgeryToken]
public sealed class EditionController(ContentSnapshotHost content, EditableContentCatalog catalog, EditorAccounts accounts,
    SignInLockout lockout, AccountAttemptLimiter accountLimiter, TimeProvider time) : Controller
{
    public const int MaxQueryLength = 200;

    [HttpGet(EditionViews.Prefix)]
    [HttpHead(EditionViews.Prefix)]
    public IActionResult Dashboard([FromQuery(Name = "q")] string? query)
    {
        var text = (query ?? "").Trim();
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var all = catalog.For(content.For(HttpContext));
        var role = User.FindFirstValue(ClaimTypes.Role) == EditorRoles.Administration ? "Administration" : "Rédaction";
        return View(EditionViews.Dashboard, new DashboardViewModel(User.Identity?.Name ?? "", role, text, all.Filter(text), all.Count));
    }

    [HttpGet(EditionViews.SignInPath)]
    [HttpHead(EditionViews.SignInPath)]
    public IActionResult SignIn([FromQuery(Name = "retour")] string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(SafeReturn(returnUrl));
        }

        return View(EditionViews.SignIn, new SignInViewModel(null, null, returnUrl));
    }

    [HttpPost(EditionViews.SignInPath)]
    [EnableRateLimiting(SignInRateLimiterPolicy.Name)]
    public async Task<IActionResult> SignInAsync([FromForm(Name = "email")] string? email, [FromForm(Name = "motDePasse")] string? password,
        [FromForm(Name = "retour")] string? returnUrl)
    {
        email = email?.Trim();
        if (email is { Length: > 254 })
        {
            email = email[..254];
        }

        if (lockout.LockedUntil(email) is { } lockedUntil)
        {
            await SignInRefusal.WriteAsync(HttpContext, lockedUntil - time.GetUtcNow(), SignInMessages.Locked).ConfigureAwait(false);
            return new EmptyResult();
        }

        if (!accountLimiter.TryAcquire(email, out var retryAfter))
        {
            await SignInRefusal.WriteAsync(HttpContext, retryAfter, SignInMessages.TooManyForAccount).ConfigureAwait(false);
            return new EmptyResult();
        }

        var account = accounts.Verify(email, password);
        if (account is null)
        {
            lockout.Fail(email);
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(EditionViews.SignIn, new SignInViewModel(email, SignInMessages.Rejected, returnUrl));
        }

        lockout.Succeed(email);
        await HttpContext.SignInAsync(EditionAuthentication.Scheme, EditionAuthentication.PrincipalOf(account),
            new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
        return Redirect(SafeReturn(returnUrl));
    }

    [HttpPost(EditionViews.SignOutPath)]
    public async Task<IActionResult> SignOutAsync()
    {
        await HttpContext.SignOutAsync(EditionAuthentication.Scheme).ConfigureAwait(false);
        return Redirect(EditionViews.SignInPath);
    }

    /// <summary>Only a local address under the editor; anything else (another host, <c>//x</c>, <c>/\x</c>) goes to the dashboard.</summary>
    private string SafeReturn(string? returnUrl) =>
        returnUrl is not null && Url.IsLocalUrl(returnUrl) && EditionViews.IsUnder(new PathString(returnUrl.Split('?', '#')[0]))
            ? returnUrl
            : EditionViews.Prefix;
}
