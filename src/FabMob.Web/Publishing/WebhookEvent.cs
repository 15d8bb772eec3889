namespace FabMob.Web.Publishing;

/// <summary>The event type and delivery id a forge sends in its headers, whichever forge it is.</summary>
public sealed record WebhookEvent(WebhookEventKind Kind, string Name, string Delivery)
{
    private const int MaxLogged = 100;

    // Gitea sends X-GitHub-Event too; Forgejo sends X-Gitea-Event too. The first present wins.
    private static readonly string[] EventHeaders = ["X-GitHub-Event", "X-Gitea-Event", "X-Forgejo-Event", "X-Gitlab-Event"];
    private static readonly string[] DeliveryHeaders = ["X-GitHub-Delivery", "X-Gitea-Delivery", "X-Forgejo-Delivery", "X-Gitlab-Event-UUID"];

    public static WebhookEvent From(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var name = First(headers, EventHeaders);
        var kind = name switch
        {
            null => WebhookEventKind.Missing,
            _ when name.Equals("push", StringComparison.OrdinalIgnoreCase) => WebhookEventKind.Push,
            _ when name.Equals("Push Hook", StringComparison.OrdinalIgnoreCase) => WebhookEventKind.Push,
            _ when name.Equals("ping", StringComparison.OrdinalIgnoreCase) => WebhookEventKind.Ping,
            _ => WebhookEventKind.Other,
        };
        return new WebhookEvent(kind, Printable(name ?? "-"), Printable(First(headers, DeliveryHeaders) ?? "-"));
    }

    private static string? First(IHeaderDictionary headers, string[] names) =>
        names.Select(n => headers[n].ToString()).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // Header values end up in logs and answers: no control characters, bounded length.
    private static string Printable(string value)
    {
        var cut = value.Length > MaxLogged ? value[..MaxLogged] : value;
        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
    }
}
