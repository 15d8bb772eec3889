using System.Security.Cryptography;
using FabMob.Content;
using FabMob.Web.Content;

namespace FabMob.Web.Preview;

/// <summary>
/// The live preview, on in Development only: pages carry <c>/js/apercu.js</c> and the version of the
/// snapshot they were built from, and reload themselves when <see cref="EventsPath"/> announces another.
/// </summary>
public sealed class LivePreview(IWebHostEnvironment environment, ContentSnapshotHost content)
{
    public const string EventsPath = "/_apercu/evenements";
    public const string ScriptPath = "/js/apercu.js";

    /// <summary>True in Development; otherwise no endpoint, no script, no markup.</summary>
    public bool IsEnabled { get; } = environment.IsDevelopment();

    /// <summary>Tells this process apart from the next one (a restart numbers snapshots from 1 again).</summary>
    public string Instance { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>
    /// Notes the snapshot current when the request starts, before anything reads it; a re-execution
    /// (error pages) keeps the first note.
    /// </summary>
    public void Remember(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        content.For(context);
    }

    /// <summary>
    /// The snapshot the page was built from: the one noted at the start of the request (never newer
    /// than what the page shows, so a change in between is never missed), else the current one.
    /// </summary>
    public ContentSnapshot SnapshotFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return content.For(context);
    }
}
