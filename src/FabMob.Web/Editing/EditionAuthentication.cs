using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FabMob.Web.Editing;

/// <summary>
/// The editor's cookie: its own name, path <c>/_edition</c> (public pages never see it, so the response cache is
/// untouched), HttpOnly, SameSite=Strict, Secure when the request is https, sliding expiry. A session whose
/// account was removed, or whose password or role changed, is refused at its next request.
/// </summary>
public static class EditionAuthentication
{
    public const string Scheme = "Edition";
    public const string CookieName = "fabmob_edition";
    public const string AntiforgeryCookieName = "fabmob_edition_af";
    public const string StampClaim = "fabmob:empreinte";

    public static ClaimsPrincipal PrincipalOf(EditorAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Email),
                new Claim(ClaimTypes.Name, account.Name),
                new Claim(ClaimTypes.Email, account.Email),
                new Claim(ClaimTypes.Role, account.Role),
                new Claim(StampClaim, account.Stamp),
            ],
            Scheme);
        return new ClaimsPrincipal(identity);
    }

    public static void Configure(CookieAuthenticationOptions cookie, EditionOptions options)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(options);
        cookie.Cookie.Name = CookieName;
        cookie.Cookie.Path = EditionViews.Prefix;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.IsEssential = true;
        cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionMinutes);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = EditionViews.SignInPath;
        cookie.LogoutPath = EditionViews.SignOutPath;
        cookie.AccessDeniedPath = EditionViews.SignInPath;
        cookie.ReturnUrlParameter = "retour";
        cookie.Events.OnRedirectToLogin = context =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            {
                // A relative address: the Host header a request carries never ends up in a Location.
                var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                context.Response.Redirect($"{EditionViews.SignInPath}?retour={Uri.EscapeDataString(back)}");
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var accounts = context.HttpContext.RequestServices.GetRequiredService<EditorAccounts>();
            var principal = context.Principal;
            var account = accounts.Find(principal?.FindFirstValue(ClaimTypes.Email));
            if (account is null || account.Stamp != principal?.FindFirstValue(StampClaim) || !principal.IsInRole(account.Role))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(Scheme).ConfigureAwait(false);
            }
        };
    }
}
