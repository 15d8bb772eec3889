using FabMob.Content;

namespace FabMob.Web.Publication;

/// <summary>
/// What the public sees now: drafts and scheduled entries are hidden in Production, evaluated at
/// each request (a scheduled article appears at its time with no rebuild); in Development they are
/// shown, marked as such, so editors can preview them.
/// </summary>
public sealed class PublicationPolicy(IWebHostEnvironment environment, TimeProvider time)
{
    public bool Preview { get; } = environment.IsDevelopment();

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The moment the public's view is taken at: now, or null in the preview (everything shows).</summary>
    public DateTimeOffset? VisibleAt => Preview ? null : Now;

    public bool IsVisible(ContentPage page) => VisibleAt is not { } at || page.IsPublishedAt(at);

    public bool IsPublished(ContentPage page) => page.IsPublishedAt(Now);

    public IReadOnlyList<ContentPage> Entries(ContentSnapshot snapshot, string collection) =>
        snapshot.Published(collection, Now, includeUnpublished: Preview);

    public IReadOnlyList<ContentPage> Pages(TaxonomyTerm term) => term.Published(Now, includeUnpublished: Preview);
}
