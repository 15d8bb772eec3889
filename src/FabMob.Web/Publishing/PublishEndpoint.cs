using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Options;
using MinDataRate = Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate;

namespace FabMob.Web.Publishing;

/// <summary>
/// <c>POST /_publish</c>: checks a forge's push webhook (size, then signature or token), then pulls the
/// content clone and answers once the new snapshot is online. Errors are short French sentences; git's
/// output goes to the log only. The body limits are also the server's: the endpoint carries a request size
/// limit (applied by routing, so Kestrel refuses and does not drain a larger body) and a minimum data rate.
/// </summary>
public sealed partial class PublishEndpoint(ContentPuller puller, DeliveryLog deliveries, IOptions<PublishOptions> options,
    IHostApplicationLifetime lifetime, ILogger<PublishEndpoint> logger)
{
    public const string Path = "/_publish";

    /// <summary>
    /// Slowest body accepted, after a grace period: a delivery of a few kilobytes arrives at once, while a
    /// slow-loris body sent a few bytes at a time is cut by Kestrel instead of holding a worker.
    /// </summary>
    public static readonly MinDataRate MinBodyDataRate = new(bytesPerSecond: 4096, gracePeriod: TimeSpan.FromSeconds(5));

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Accented letters as they are (the forge shows the raw body); HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private readonly PublishOptions _options = options.Value;
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.Secret);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "-";
        if (context.Features.Get<IHttpMinRequestBodyDataRateFeature>() is { } rate)
        {
            rate.MinDataRate = MinBodyDataRate;
        }

        var (mac, refused) = await BodyMacAsync(context).ConfigureAwait(false);
        if (refused == StatusCodes.Status408RequestTimeout)
        {
            LogRejected(remote, "corps envoyé trop lentement");
            return Answer(StatusCodes.Status408RequestTimeout, "refusé", "Corps de requête envoyé trop lentement.");
        }

        if (mac is null)
        {
            LogRejected(remote, "corps trop grand");
            return Answer(StatusCodes.Status413PayloadTooLarge, "refusé",
                $"Corps de requête trop grand (limite : {_options.MaxBodyBytes} octets).");
        }

        if (!WebhookSignature.IsAuthentic(request.Headers, _options.Secret, mac))
        {
            LogRejected(remote, "signature absente ou invalide");
            return Answer(StatusCodes.Status401Unauthorized, "refusé", "Signature ou jeton absent ou invalide.");
        }

        var delivery = WebhookEvent.From(request.Headers);
        LogReceived(delivery.Name, delivery.Delivery, remote);
        switch (delivery.Kind)
        {
            case WebhookEventKind.Ping:
                return Answer(StatusCodes.Status200OK, "ok", "Webhook reçu ; chaque envoi (push) publiera le contenu.");
            case WebhookEventKind.Missing:
                return Answer(StatusCodes.Status400BadRequest, "refusé",
                    "Type d'événement absent (en-tête X-GitHub-Event, X-Gitea-Event, X-Forgejo-Event ou X-Gitlab-Event).");
            case WebhookEventKind.Other:
                return Answer(StatusCodes.Status200OK, "ignoré", $"Événement « {delivery.Name} » ignoré : seuls les envois (push) publient.");
        }

        // Claimed in one step: of identical deliveries arriving together, one pulls and the others are told
        // it is handled. The claim is given back when the pull does not succeed, so a redelivery retries.
        var id = delivery.Delivery;
        var identified = id.Length > 0 && id != "-";
        if (identified && !deliveries.TryClaim(id))
        {
            LogRepeated(id);
            return Answer(StatusCodes.Status200OK, "déjà traité",
                $"La livraison {id} a déjà été reçue (publiée ou en cours de publication) ; rien n'a été refait.");
        }

        PullResult? result = null;
        try
        {
            result = await puller.PullAsync(delivery.Delivery, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Answer(StatusCodes.Status503ServiceUnavailable, "échec", "Le site s'arrête ; renvoyez la livraison plus tard.");
        }
        finally
        {
            if (identified && result?.Outcome is not (PullOutcome.Updated or PullOutcome.UpToDate))
            {
                deliveries.Release(id);
            }
        }

        var commits = $"{result.Before} → {result.After}";
        return result.Outcome switch
        {
            PullOutcome.Updated => Answer(StatusCodes.Status200OK, "publié",
                $"Contenu mis à jour ({commits}) et en ligne.", result.Version, result.Errors),
            PullOutcome.UpToDate => Answer(StatusCodes.Status200OK, "à jour",
                $"Le contenu était déjà à jour ({result.After}).", result.Version, result.Errors),
            PullOutcome.Conflict => Answer(StatusCodes.Status409Conflict, "échec",
                "git pull --ff-only impossible : la copie du contenu sur le serveur a divergé ou porte des modifications locales. " +
                "Rien n'a changé ; voir le journal du serveur."),
            PullOutcome.TimedOut => Answer(StatusCodes.Status504GatewayTimeout, "échec",
                $"git n'a pas fini en {_options.GitTimeoutSeconds} s et a été arrêté. Rien n'a changé ; voir le journal du serveur."),
            _ => Answer(StatusCodes.Status502BadGateway, "échec",
                "git pull a échoué (dépôt distant injoignable, accès refusé, dossier qui n'est pas un dépôt git ou git absent). " +
                "Rien n'a changé ; voir le journal du serveur."),
        };
    }

    /// <summary>
    /// The HMAC of the whole body, read in pieces (never held in memory); no HMAC but 413 as soon as the body
    /// goes over the limit, whether it announced its length or came in chunks (the server's own limit may
    /// say so first), and 408 when Kestrel cuts a body that arrives too slowly.
    /// </summary>
    private async Task<(byte[]? Mac, int Refused)> BodyMacAsync(HttpContext context)
    {
        var limit = _options.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return (null, StatusCodes.Status413PayloadTooLarge);
                }

                hmac.AppendData(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == StatusCodes.Status408RequestTimeout ? e.StatusCode : StatusCodes.Status413PayloadTooLarge);
        }

        return (hmac.GetHashAndReset(), 0);
    }

    private static IResult Answer(int status, string statut, string message, long? version = null, int? errors = null) =>
        Results.Json(new PublishStatus(statut, message, version, errors), Json, "application/json; charset=utf-8", status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook de publication : événement {Event}, livraison {Delivery}, depuis {Remote}")]
    private partial void LogReceived(string @event, string delivery, string remote);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook de publication : livraison {Delivery} déjà traitée, ignorée")]
    private partial void LogRepeated(string delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook de publication refusé depuis {Remote} : {Reason}")]
    private partial void LogRejected(string remote, string reason);
}
