using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FabMob.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FabMob.Web.Tests.Security;

/// <summary>
/// The built application, started as its own process, gets SIGTERM while requests are in flight:
/// slow readers downloading a large page (surely in flight: their answer has begun) and many fast
/// clients. Every answer that had begun arrives whole, nothing is a 5xx, and the process exits 0.
/// </summary>
[Trait("Category", "Load")]
public sealed class GracefulShutdownTests(ITestOutputHelper output) : IDisposable
{
    private const int SlowReaders = 16;
    private const int FastClients = 32;

    private readonly TempSite _content = TempSite.Empty();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task On_sigterm_requests_in_flight_complete_and_the_process_exits_0()
    {
        _content.Write("index.md", "---\ntitre: Accueil\n---\nAccueil.\n");
        // About 8 MB of HTML from 1.4 MB of Markdown (15 tables, each within the table limit): more than the
        // kernel's socket buffers (4 MB at most here), so the server is still writing when the signal comes.
        var table = "| a | b |\n|---|---|\n" + string.Concat(Enumerable.Repeat("|a|b|\n", 16_000));
        _content.Write("longue.md", "---\ntitre: Longue\n---\n" + string.Concat(Enumerable.Repeat(table + "\n", 15)) + "FIN-DE-PAGE\n");
        using var site = SiteProcess.Serve([$"--Site:ContentPath={_content.Root}"]);
        var process = site.Process;
        var server = site.Address;
        using var first = await site.WaitForAsync("/longue");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var whole = (await first.Content.ReadAsStringAsync()).Length;

        // Slow readers: each has its answer's first bytes before the signal.
        var slow = new List<Task<(bool Complete, int Length)>>();
        var begun = new CountdownEvent(SlowReaders);
        for (var i = 0; i < SlowReaders; i++)
        {
            slow.Add(SlowDownloadAsync(server, begun));
        }

        Assert.True(begun.Wait(TimeSpan.FromSeconds(60)), "slow downloads did not begin");

        // Fast clients hammering until the server stops answering.
        var fastResults = new ConcurrentDictionary<string, int>();
        var signalled = new TaskCompletionSource();
        var fast = Enumerable.Range(0, FastClients).Select(_ => Task.Run(() => FastLoopAsync(server, fastResults, signalled.Task))).ToList();
        await Task.Delay(500);

        // Marked before the signal is sent: the server may stop accepting connections the moment it gets it,
        // before `kill` itself has exited; a refusal then is « after the signal », not before.
        signalled.SetResult();
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var slowResults = await Task.WhenAll(slow);
        await Task.WhenAll(fast);
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(exit.Token);

        // Server side: the slow downloads ended after shutdown began, so they were in flight at the signal.
        var lines = site.Output.ToList();
        var stopping = lines.FindIndex(line => line.Contains("Application is shutting down", StringComparison.Ordinal));
        var endedAfter = lines.Skip(Math.Max(stopping, 0)).Count(line => line.Contains("GET /longue → 200", StringComparison.Ordinal));
        output.WriteLine($"{endedAfter} of the slow downloads ended after shutdown began");
        Assert.True(stopping >= 0, string.Join('\n', lines));
        Assert.True(endedAfter > 0, string.Join('\n', lines));
        output.WriteLine($"SIGTERM with {SlowReaders} slow downloads in flight: {slowResults.Count(r => r.Complete)} complete " +
            $"({whole} characters each); fast clients: " + string.Join(", ", fastResults.OrderBy(r => r.Key).Select(r => $"{r.Key}×{r.Value}")) +
            $"; exit code {process.ExitCode}");
        Assert.All(slowResults, result => Assert.True(result.Complete && result.Length == whole, $"{result.Length} of {whole} characters"));
        Assert.False(fastResults.ContainsKey("truncated"), "an answer that had begun was cut");
        Assert.False(fastResults.ContainsKey("closed before the signal"), "a connection was closed without an answer before the signal");
        Assert.False(fastResults.ContainsKey("refused before the signal"), "a connection was refused before the signal");
        Assert.DoesNotContain(fastResults.Keys, key => key.StartsWith('5'));
        Assert.True(fastResults.GetValueOrDefault("200") > 0);
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Downloads /longue reading 16 KB every 20 ms; signals once the answer has begun.</summary>
    private static async Task<(bool Complete, int Length)> SlowDownloadAsync(Uri server, CountdownEvent begun)
    {
        using var client = new TcpClient { ReceiveBufferSize = 16 * 1024 };
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /longue HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var signalled = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
                if (!signalled)
                {
                    signalled = true;
                    begun.Signal();
                }

                await Task.Delay(20);
            }
        }
        catch (IOException)
        {
            // Cut: reported as incomplete below.
        }

        if (!signalled)
        {
            begun.Signal();
        }

        var response = RawHttp.Parse(received.ToArray());
        var complete = response.Status == 200 && response.Body.Contains("FIN-DE-PAGE", StringComparison.Ordinal) &&
                       response.Body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal);
        return (complete, response.Body.Length);
    }

    /// <summary>New connections one after the other until the server refuses them (after the signal).</summary>
    private static async Task FastLoopAsync(Uri server, ConcurrentDictionary<string, int> results, Task signalled)
    {
        while (true)
        {
            RawResponse response;
            try
            {
                response = await RawHttp.SendAsync(server, "/");
            }
            catch (Exception e) when (e is SocketException or IOException)
            {
                results.AddOrUpdate(signalled.IsCompleted ? "refused after the signal" : "refused before the signal", 1, (_, n) => n + 1);
                if (signalled.IsCompleted)
                {
                    return;
                }

                continue;
            }

            var key = response.Status switch
            {
                0 when response.Body.Length == 0 => "closed before answering",
                0 => "truncated",
                200 when !response.Body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal) => "truncated",
                _ => response.Status.ToString(CultureInfo.InvariantCulture),
            };
            results.AddOrUpdate(key, 1, (_, n) => n + 1);
            if (key == "closed before answering" && !signalled.IsCompleted)
            {
                results.AddOrUpdate("closed before the signal", 1, (_, n) => n + 1);
            }
        }
    }
}
