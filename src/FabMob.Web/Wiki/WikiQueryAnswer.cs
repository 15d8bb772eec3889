using System.Text.Json;

namespace FabMob.Web.Wiki;

/// <summary>
/// A MediaWiki <c>action=query</c> answer in <c>formatversion=2</c>: the titles the wiki normalised
/// (<c>query.normalized</c>: <c>Mon_Compte_Mobilité</c> → <c>Mon Compte Mobilité</c>), the redirects it
/// followed (<c>query.redirects</c>) and the pages (<c>query.pages[]</c>).
/// </summary>
internal sealed class WikiQueryAnswer
{
    private const int MaxHops = 8;

    private readonly Dictionary<string, string> _normalized;
    private readonly Dictionary<string, string> _redirects;
    private readonly Dictionary<string, WikiQueryPage> _pages;

    private WikiQueryAnswer(Dictionary<string, string> normalized, Dictionary<string, string> redirects, Dictionary<string, WikiQueryPage> pages)
    {
        _normalized = normalized;
        _redirects = redirects;
        _pages = pages;
    }

    public IReadOnlyCollection<WikiQueryPage> Pages => _pages.Values;

    /// <summary>The page the wiki gave for a title it was sent, through normalisation and redirects; null if none.</summary>
    public WikiQueryPage? PageFor(string sent)
    {
        var title = sent;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            if (_pages.TryGetValue(title, out var page))
            {
                return page;
            }

            if (_normalized.TryGetValue(title, out var normalized))
            {
                title = normalized;
            }
            else if (_redirects.TryGetValue(title, out var target))
            {
                title = target;
            }
            else
            {
                break;
            }
        }

        // Last resort: the wiki's own spelling of the title (first letter, spaces) without its report.
        var key = WikiTitle.Key(title);
        return _pages.Values.FirstOrDefault(p => WikiTitle.Key(p.Title) == key);
    }

    /// <summary>Reads an answer; a malformed one or an API error throws <see cref="WikiAnswerException"/>.</summary>
    public static WikiQueryAnswer Parse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new WikiAnswerException("la réponse du wiki n'est pas un objet JSON");
            }

            if (root.TryGetProperty("error", out var error))
            {
                throw new WikiAnswerException($"le wiki répond par une erreur ({Text(error, "code") ?? "?"} : {Text(error, "info") ?? ""})");
            }

            if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.Object)
            {
                throw new WikiAnswerException("la réponse du wiki n'a pas de « query »");
            }

            var pages = new Dictionary<string, WikiQueryPage>(StringComparer.Ordinal);
            foreach (var item in Array(query, "pages"))
            {
                if (Text(item, "title") is { } title)
                {
                    pages.TryAdd(title, Page(item, title));
                }
            }

            return new WikiQueryAnswer(Map(query, "normalized"), Map(query, "redirects"), pages);
        }
        catch (JsonException e)
        {
            throw new WikiAnswerException($"la réponse du wiki n'est pas du JSON valide ({e.Message})", e);
        }
    }

    private static WikiQueryPage Page(JsonElement item, string title)
    {
        var missing = Flag(item, "missing") || Flag(item, "invalid");
        string? content = null;
        if (item.TryGetProperty("revisions", out var revisions) && revisions.ValueKind == JsonValueKind.Array &&
            revisions.GetArrayLength() > 0)
        {
            var revision = revisions[0];
            content = revision.TryGetProperty("slots", out var slots) && slots.ValueKind == JsonValueKind.Object &&
                      slots.TryGetProperty("main", out var main) && main.ValueKind == JsonValueKind.Object
                ? Text(main, "content")
                : Text(revision, "content"); // without rvslots, as older wikis answer
        }

        var thumbnail = item.TryGetProperty("thumbnail", out var thumb) && thumb.ValueKind == JsonValueKind.Object ? Text(thumb, "source") : null;
        return new WikiQueryPage(title, missing, content, Text(item, "pageimage"), thumbnail);
    }

    private static Dictionary<string, string> Map(JsonElement query, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in Array(query, name))
        {
            if (Text(item, "from") is { } from && Text(item, "to") is { } to)
            {
                map.TryAdd(from, to);
            }
        }

        return map;
    }

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A flag: <c>true</c> in formatversion 2, an empty string in formatversion 1.</summary>
    private static bool Flag(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.String;
}
