using FabMob.Content.Addresses;
using FabMob.Content.Snapshot;

namespace FabMob.Content.Redirects;

/// <summary>
/// The site's redirect rules (<c>Site:Redirects</c>), compiled once, in order. They answer only what
/// nothing else answers (pages, files, the snapshot's own redirects, the application's routes), and
/// they answer with the final canonical address: a target that is a loose spelling, a raw file name or
/// an alias is followed in the snapshot, a target answered by another rule is followed too, and a
/// chain that comes back on itself answers nothing (so never a redirect loop).
/// </summary>
public sealed class PatternRedirects
{
    /// <summary>Longer request paths are never matched (nothing real is that long).</summary>
    public const int MaxPathLength = 2048;

    /// <summary>How many rules a request may go through before its final address.</summary>
    private const int MaxSteps = 4;

    public PatternRedirects(IEnumerable<PatternRedirect> rules)
    {
        Rules = [.. rules];
    }

    public static PatternRedirects None { get; } = new([]);

    public IReadOnlyList<PatternRedirect> Rules { get; }

    /// <summary>
    /// Where a rule sends <paramref name="path"/> (percent-decoded; NFC applied here), not encoded; null
    /// when no rule answers it.
    /// </summary>
    /// <param name="snapshot">The site the targets are looked up in.</param>
    /// <param name="path">The request path, without its query.</param>
    /// <param name="servedElsewhere">
    /// The canonical address of a path the application serves outside the snapshot (lists, data pages),
    /// or null: such a target is final.
    /// </param>
    /// <param name="visible">Whether a page counts for <see cref="PatternRedirect.IfExists"/> (drafts hidden in Production); all by default.</param>
    public string? Resolve(ContentSnapshot snapshot, string path, Func<string, string?>? servedElsewhere = null,
        Func<ContentPage, bool>? visible = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Rules.Count == 0 || !IsUsable(path))
        {
            return null;
        }

        var current = ContentUrlRules.Normalize(path);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Trimmed(current) };
        string? location = null;
        for (var step = 0; step < MaxSteps; step++)
        {
            var next = Apply(snapshot, current, visible ?? (_ => true));
            if (next is null)
            {
                break;
            }

            if (!seen.Add(Trimmed(next.Value.Location)))
            {
                return null;
            }

            location = next.Value.Location;
            if (next.Value.Final)
            {
                break;
            }

            var elsewhere = servedElsewhere?.Invoke(location);
            if (elsewhere is not null)
            {
                location = elsewhere;
                break;
            }

            current = location;
        }

        return location;
    }

    /// <summary>The first rule that answers <paramref name="path"/>, its target made canonical; whether that target is final in the snapshot.</summary>
    private (string Location, bool Final)? Apply(ContentSnapshot snapshot, string path, Func<ContentPage, bool> visible)
    {
        var segments = Segments(path);
        foreach (var rule in Rules)
        {
            var values = rule.From.Match(segments);
            if (values is null)
            {
                continue;
            }

            var target = rule.Target(values);
            var (location, final, leadsToPage) = snapshot.Match(target) switch
            {
                ContentMatch.Page { Content: var page } => (page.Url, true, visible(page)),
                ContentMatch.Redirect { Location: var to } =>
                    (to, true, snapshot.PagesByUrl.TryGetValue(to, out var page) && visible(page)),
                ContentMatch.Asset => (ContentUrlRules.Normalize(target), true, false),
                _ => (ContentUrlRules.Normalize(target), false, false),
            };
            if (rule.IfExists && !leadsToPage)
            {
                continue;
            }

            return (location, final);
        }

        return null;
    }

    /// <summary>
    /// Whether a request path may be matched at all: a site path of reasonable length without control
    /// characters (NUL included). Anything else is left to the 404.
    /// </summary>
    private static bool IsUsable(string? path) =>
        !string.IsNullOrEmpty(path) && path[0] == '/' && path.Length <= MaxPathLength && !path.Any(char.IsControl);

    /// <summary><c>/articles/x/</c> → <c>["articles", "x"]</c>; one trailing slash is ignored, other empty segments are kept (and fit nothing).</summary>
    private static string[] Segments(string path)
    {
        var trimmed = Trimmed(path);
        return trimmed == "/" ? [] : trimmed[1..].Split('/');
    }

    private static string Trimmed(string path) => path.Length > 1 && path[^1] == '/' ? path[..^1] : path;
}
