namespace FabMob.Web.Editing;

public static class EditionApplicationBuilderExtensions
{
    /// <summary>
    /// Under <c>/_edition</c> only: authentication, the gate (404 without accounts, no-store, sign-in required) and
    /// authorization. After routing, before the method filter, so that the editor's POST reaches its actions and a
    /// POST there without accounts is a 404. Public requests do not go through any of it.
    /// </summary>
    /// <remarks>
    /// Like <c>UseWhen</c>, except that the branch's middleware are made at the first request under the prefix, not
    /// when Kestrel builds the pipeline: the authorization middleware's constructor alone (its policy cache reads
    /// every endpoint) held the main thread ~26 ms before the site could listen (docs/performance.md, « La première
    /// requête »). Made once, under a lock; requests that come meanwhile wait for it.
    /// </remarks>
    public static IApplicationBuilder UseEdition(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var branchBuilder = app.New();
        branchBuilder.UseAuthentication();
        branchBuilder.UseMiddleware<EditionGateMiddleware>();
        branchBuilder.UseAuthorization();
        return app.Use(main =>
        {
            branchBuilder.Run(main);
            var branch = new Lazy<RequestDelegate>(branchBuilder.Build, LazyThreadSafetyMode.ExecutionAndPublication);
            return context => EditionViews.IsUnder(context.Request.Path) ? branch.Value(context) : main(context);
        });
    }
}
