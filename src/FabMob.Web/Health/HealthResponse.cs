using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FabMob.Web.Health;

/// <summary>
/// The JSON of <c>/healthz</c>: <c>{"statut":"Healthy","message":…,"version":12,"chargeLe":…,
/// "dureeChargementMs":85,"pages":40,"fichiersEnErreur":1}</c> (the content check's data, flat).
/// </summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Dictionary<string, object?>
        {
            ["statut"] = report.Status.ToString(),
        };
        foreach (var entry in report.Entries.Values)
        {
            body["message"] = entry.Description;
            foreach (var (key, value) in entry.Data)
            {
                body[key] = value;
            }
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return Task.CompletedTask;
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }
}
