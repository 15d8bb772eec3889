namespace FabMob.Web.Editing;

public static class EditionApplicationBuilderExtensions
{
    /// <summary>
    /// Under <c>/_edition</c> only: authentication, the gate (404 without accounts, no-store, sign-in required) and
    /// authorization. After routing, before the method filter, so that the editor's POST reaches its actions and a
    /// POST there without accounts is a 404. Public requests do not go through any of it.
    /// </summary>
    public static IApplicationBuilder UseEdition(this IApplicationBuilder app) =>
        app.UseWhen(context => EditionViews.IsUnder(context.Request.Path), edition =>
        {
            edition.UseAuthentication();
            edition.UseMiddleware<EditionGateMiddleware>();
            edition.UseAuthorization();
        });
}
