using System.Globalization;
using System.Text;
using System.Threading.Channels;
using FabMob.Content;
using FabMob.Web.Content;
using Microsoft.AspNetCore.Http.Features;

namespace FabMob.Web.Preview;

/// <summary>
/// <c>GET /_apercu/evenements</c>: a server-sent events stream that sends the current snapshot version
/// on connection, then again after each new snapshot is in place, with a comment now and then so that
/// a closed connection is noticed. Ends when the browser leaves or the application stops.
/// </summary>
public sealed partial class LivePreviewEvents(ContentSnapshotHost content, LivePreview preview,
    IHostApplicationLifetime lifetime, ILogger<LivePreviewEvents> logger)
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);
    private static readonly byte[] HeartbeatBytes = ": battement\n\n"u8.ToArray();

    public async Task StreamAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache, no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        // Only the latest snapshot matters: a slow reader skips the intermediate ones.
        var changes = Channel.CreateBounded<ContentSnapshot>(new BoundedChannelOptions(1)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        void OnChanged(ContentSnapshot snapshot) => changes.Writer.TryWrite(snapshot);

        // Subscribe before reading the current version, so that no swap falls between the two.
        content.SnapshotChanged += OnChanged;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        LogConnected();
        try
        {
            await WriteAsync(response, Event(content.Current, retry: true), stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                wait.CancelAfter(Heartbeat);
                byte[] message;
                try
                {
                    message = Event(await changes.Reader.ReadAsync(wait.Token).ConfigureAwait(false), retry: false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    message = HeartbeatBytes;
                }

                await WriteAsync(response, message, stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left or the application is stopping.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        finally
        {
            content.SnapshotChanged -= OnChanged;
            LogDisconnected();
        }
    }

    private byte[] Event(ContentSnapshot snapshot, bool retry)
    {
        var text = new StringBuilder();
        if (retry)
        {
            // Reconnect quickly after a restart (dotnet watch).
            text.Append("retry: 1000\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"event: version\nid: {snapshot.Version}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"data: {{\"version\":{snapshot.Version},\"instance\":\"{preview.Instance}\",\"erreurs\":{snapshot.ErrorCount}}}\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task WriteAsync(HttpResponse response, byte[] message, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        await response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Aperçu en direct : un navigateur écoute")]
    private partial void LogConnected();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Aperçu en direct : un navigateur est parti")]
    private partial void LogDisconnected();
}
