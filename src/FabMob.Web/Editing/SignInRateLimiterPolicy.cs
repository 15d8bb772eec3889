using System.Threading.RateLimiting;
using FabMob.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// Sign-in attempts per client address (policy <c>connexion</c>, on <c>POST /_edition/connexion</c> only):
/// <see cref="EditionOptions.SignInPermitLimit"/> per <see cref="EditionOptions.SignInWindowSeconds"/>, no queue.
/// A refusal is the sign-in page with a 429, <c>Retry-After</c> and a French message.
/// </summary>
public sealed class SignInRateLimiterPolicy(IOptions<EditionOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "connexion";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var limits = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(httpContext.Connection.RemoteIpAddress), _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.SignInPermitLimit,
                Window = TimeSpan.FromSeconds(limits.SignInWindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? after
            : TimeSpan.FromSeconds(options.Value.SignInWindowSeconds);
        return SignInRefusal.WriteAsync(context.HttpContext, retryAfter, SignInMessages.TooManyFromAddress);
    }
}
