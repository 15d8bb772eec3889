using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// Sign-in attempts per e-mail as typed (<see cref="EditionOptions.AccountPermitLimit"/> per
/// <see cref="EditionOptions.SignInWindowSeconds"/>), whatever address they come from: the per-address limit
/// (<see cref="SignInRateLimiterPolicy"/>) does not stop a run spread over many addresses. The e-mail is in the
/// form, so the controller asks this limiter once it has read it.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptLimiter(IOptions<EditionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.AccountPermitLimit,
                Window = TimeSpan.FromSeconds(limits.SignInWindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether one more attempt for <paramref name="email"/> is allowed now; if not, after how long to try again.</summary>
    public bool TryAcquire(string? email, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(EditorAccounts.Normalize(email));
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
