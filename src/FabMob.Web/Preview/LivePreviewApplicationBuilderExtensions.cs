namespace FabMob.Web.Preview;

public static class LivePreviewApplicationBuilderExtensions
{
    /// <summary>
    /// In Development: notes each request's snapshot (for the page's version) and maps
    /// <c>GET /_apercu/evenements</c>. Elsewhere it adds nothing: the address is an ordinary 404.
    /// </summary>
    public static WebApplication UseLivePreview(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var preview = app.Services.GetRequiredService<LivePreview>();
        if (!preview.IsEnabled)
        {
            return app;
        }

        app.Use((context, next) =>
        {
            preview.Remember(context);
            return next(context);
        });
        app.MapGet(LivePreview.EventsPath, (HttpContext context, LivePreviewEvents events) => events.StreamAsync(context))
            .ExcludeFromDescription();
        return app;
    }
}
