using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using FabMob.Web.Publishing;
using FabMob.Web.Tests.Security;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Publishing;

/// <summary>
/// <c>POST /_publish</c> on real Kestrel, bytes written by hand on a socket: the body limits are the
/// server's, not only the handler's. A body announced over the limit is refused without being read
/// (Kestrel does not even drain it), and a body trickled too slowly is cut instead of holding a worker.
/// </summary>
public sealed class PublishBodyLimitTests(ITestOutputHelper output) : IDisposable
{
    private const string Secret = "un-secret-de-test-assez-long-0123456789";
    private const int Limit = 64 * 1024;

    private readonly GitRepositories _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public async Task A_body_announced_over_the_limit_gets_413_without_the_server_reading_it()
    {
        using var site = Site();
        var before = _git.ContentHead;
        _git.CommitAndPush("trop-gros.md", "# Trop gros\n", "Trop gros");
        // Under Kestrel's own 30 MB limit: only the endpoint's limit can refuse it.
        const long Announced = 28L * 1024 * 1024;

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Head(site.BaseAddress, Announced, "livraison-trop-grosse"));
        var answer = ReadAnswerAsync(stream);
        var sending = SendBodyAsync(stream, Announced, chunk: 64 * 1024, pause: TimeSpan.Zero);

        var response = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        var closed = await ClosedAsync(stream);
        var sent = await sending.WaitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine($"announced {Announced} bytes, limit {Limit}: answer {response.Status}, connection closed: {closed}, " +
            $"{sent} bytes written by the client (socket buffers included) before the server closed");

        Assert.Equal(413, response.Status);
        Assert.Contains("refusé", response.Body, StringComparison.Ordinal);
        // Kestrel drains an unread body to keep the connection open: with the limit on the endpoint it closes instead.
        Assert.True(closed, "the connection stayed open: the server was draining the body");
        Assert.True(sent < Announced, $"the server took the whole body ({sent} bytes)");
        Assert.Equal(before, _git.ContentHead);
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => e.Message.Contains("git pull", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_trickled_too_slowly_is_cut_without_pulling()
    {
        using var site = Site();
        var before = _git.ContentHead;
        const long Announced = Limit;

        using var tcp = new TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Head(site.BaseAddress, Announced, "livraison-au-goutte-a-goutte"));
        var clock = Stopwatch.StartNew();
        var answer = ReadAnswerAsync(stream);
        // 1 KB a second: above Kestrel's default minimum (240 bytes/s), under the endpoint's.
        var sending = SendBodyAsync(stream, Announced, chunk: 1024, pause: TimeSpan.FromSeconds(1));

        var response = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Stop();
        var sent = await sending.WaitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine($"body trickled at 1 KB/s: answer {response.Status} after {clock.Elapsed.TotalSeconds:0.0} s, {sent} bytes sent");

        Assert.True(response.Status is 0 or 408, $"answer {response.Status}");
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
        Assert.True(sent < Announced, $"the whole body ({sent} bytes) was sent");
        Assert.Equal(before, _git.ContentHead);
        Assert.DoesNotContain(site.Factory.Logs.Entries, e => e.Message.Contains("git pull", StringComparison.Ordinal));
    }

    private KestrelSite Site() => new(_git.Content, new Dictionary<string, string?>
    {
        ["Publish:Secret"] = Secret,
        ["Publish:MaxBodyBytes"] = Limit.ToString(CultureInfo.InvariantCulture),
    });

    /// <summary>The request line and headers of a GitHub push delivery announcing <paramref name="length"/> bytes.</summary>
    private static byte[] Head(Uri server, long length, string delivery) => Encoding.ASCII.GetBytes(
        $"POST {PublishEndpoint.Path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\n" +
        $"X-GitHub-Event: push\r\nX-GitHub-Delivery: {delivery}\r\nX-Hub-Signature-256: sha256={new string('0', 64)}\r\n" +
        $"Content-Length: {length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");

    /// <summary>Writes the body in pieces until it is all sent or the server closes; returns the bytes written.</summary>
    private static async Task<long> SendBodyAsync(NetworkStream stream, long length, int chunk, TimeSpan pause)
    {
        var piece = Encoding.ASCII.GetBytes(new string(' ', chunk));
        long sent = 0;
        try
        {
            while (sent < length)
            {
                var size = (int)Math.Min(chunk, length - sent);
                await stream.WriteAsync(piece.AsMemory(0, size));
                sent += size;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause);
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The server closed the connection: what was written so far is the answer.
        }

        return sent;
    }

    /// <summary>True when the server closes the connection within 10 s after its answer (no keep-alive).</summary>
    private static async Task<bool> ClosedAsync(NetworkStream stream)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[16 * 1024];
        try
        {
            while (await stream.ReadAsync(buffer, wait.Token) > 0)
            {
                // Nothing more is expected; keep reading until the end.
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Reads one answer (head and body of its Content-Length), or what came before the server closed.</summary>
    private static async Task<RawResponse> ReadAnswerAsync(NetworkStream stream)
    {
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
                if (IsWhole(received.ToArray()))
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // A reset after (or instead of) the answer: what was read is what counts.
        }

        return RawHttp.Parse(received.ToArray());
    }

    private static bool IsWhole(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var response = RawHttp.Parse(bytes);
        if (response.Headers.TryGetValue("Content-Length", out var length))
        {
            return bytes.Length - end - 4 >= int.Parse(length, CultureInfo.InvariantCulture);
        }

        return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
    }
}
