namespace FabMob.Web.Publishing;

/// <summary>What a webhook delivery announces.</summary>
public enum WebhookEventKind
{
    /// <summary>Commits were pushed: publish.</summary>
    Push,

    /// <summary>GitHub's test delivery when a webhook is created.</summary>
    Ping,

    /// <summary>Any other event (issues, tags…): ignored.</summary>
    Other,

    /// <summary>No event header at all.</summary>
    Missing,
}
