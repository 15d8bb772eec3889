using FabMob.Content;
using FabMob.Web.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FabMob.Web.Health;

/// <summary>
/// Healthy as soon as a content snapshot is in place, whatever the files in error (the site serves
/// their last good version or leaves them out; the count says how many). Unhealthy while no
/// snapshot could ever be built.
/// </summary>
public sealed class ContentHealthCheck(ContentSnapshotHost content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ContentSnapshot snapshot;
        try
        {
            snapshot = content.Current;
        }
        catch (InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Aucune version du contenu n'a encore pu être chargée."));
        }

        var data = new Dictionary<string, object>
        {
            ["version"] = snapshot.Version,
            ["chargeLe"] = snapshot.BuiltAt,
            ["dureeChargementMs"] = Math.Round(snapshot.BuildTime.TotalMilliseconds),
            ["pages"] = snapshot.Pages.Count,
            ["fichiersEnErreur"] = snapshot.Findings
                .Where(f => f.Severity == ContentSeverity.Error)
                .Select(f => f.File)
                .Distinct(StringComparer.Ordinal)
                .Count(),
        };
        return Task.FromResult(HealthCheckResult.Healthy($"Contenu chargé (version {snapshot.Version}).", data));
    }
}
