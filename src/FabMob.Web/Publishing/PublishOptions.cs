namespace FabMob.Web.Publishing;

/// <summary>The <c>Publish</c> section: publishing the content from a git push webhook (<c>POST /_publish</c>).</summary>
public sealed class PublishOptions
{
    public const string Section = "Publish";

    /// <summary>The webhook secret shared with the forge; empty means no <c>/_publish</c> endpoint at all.</summary>
    public string Secret { get; set; } = "";

    /// <summary>The git executable: a name looked up in <c>PATH</c> or a full path.</summary>
    public string Git { get; set; } = "git";

    /// <summary>How long one git command may run before it is stopped.</summary>
    public int GitTimeoutSeconds { get; set; } = 120;

    /// <summary>Largest webhook body accepted (push deliveries are a few kilobytes).</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deliveries accepted from one client address per minute; more get 429.</summary>
    public int PermitsPerMinute { get; set; } = 30;

    /// <summary>True when a secret is configured, so the endpoint exists.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Secret);
}
