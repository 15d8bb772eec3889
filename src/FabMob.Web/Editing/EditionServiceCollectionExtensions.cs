using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using FabMob.Web.Editing.Git;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

public static class EditionServiceCollectionExtensions
{
    /// <summary>
    /// The browser editor's accounts, cookie authentication, antiforgery cookie and sign-in limits (see
    /// docs/edition.md). The pipeline needs <see cref="EditionApplicationBuilderExtensions.UseEdition"/> after routing.
    /// </summary>
    public static IServiceCollection AddEdition(this IServiceCollection services)
    {
        services.AddOptions<EditionOptions>().BindConfiguration(EditionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EditionOptions>, EditionOptionsValidator>();
        services.AddSingleton<EditorAccounts>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddSingleton<EditableContentCatalog>();
        services.AddContentGitStore();
        services.AddSingleton<History.DataFileValidator>();
        services.AddEditionKeys();
        services.AddEditionScreens();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SignInRateLimiterPolicy>(SignInRateLimiterPolicy.Name));

        services.AddAuthentication(EditionAuthentication.Scheme).AddCookie(EditionAuthentication.Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(EditionAuthentication.Scheme)
            .Configure<IOptions<EditionOptions>>((cookie, edition) => EditionAuthentication.Configure(cookie, edition.Value));
        services.AddAuthorization();
        services.Configure<AntiforgeryOptions>(antiforgery =>
        {
            antiforgery.Cookie.Name = EditionAuthentication.AntiforgeryCookieName;
            antiforgery.Cookie.Path = EditionViews.Prefix;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = "__jeton";
            // The security headers already say DENY for every response.
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }
}
