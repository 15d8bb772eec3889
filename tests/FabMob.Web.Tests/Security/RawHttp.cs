using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace FabMob.Web.Tests.Security;

/// <summary>One response read off the wire: status (0 when the server closed without answering), headers, body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// Sends a request target exactly as given, byte for byte, over a fresh TCP connection
/// (<c>Connection: close</c>), so that nothing normalises it on the way (HttpClient collapses
/// <c>..</c> and re-encodes), and reads the whole answer, chunked or not.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] target, string method = "GET", CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, cancellationToken);
        var stream = client.GetStream();
        var head = Encoding.ASCII.GetBytes(method + " ");
        var tail = Encoding.ASCII.GetBytes($" HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\nUser-Agent: hostile-test\r\n\r\n");
        await stream.WriteAsync(head, cancellationToken);
        await stream.WriteAsync(target, cancellationToken);
        await stream.WriteAsync(tail, cancellationToken);

        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }
        catch (IOException)
        {
            // A reset after the answer (or instead of one): what was read is what counts.
        }

        return Parse(buffer.ToArray());
    }

    public static Task<RawResponse> SendAsync(Uri server, string target, string method = "GET", CancellationToken cancellationToken = default) =>
        SendAsync(server, Encoding.UTF8.GetBytes(target), method, cancellationToken);

    /// <summary>Reads a whole answer: status line, headers, body (de-chunked).</summary>
    public static RawResponse Parse(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/", StringComparison.Ordinal) || end < 0)
        {
            return new RawResponse(0, new Dictionary<string, string>(), text);
        }

        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
            }
        }

        var body = bytes.AsSpan(end + 4).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                break;
            }

            var sizeText = Encoding.ASCII.GetString(body, position, lineEnd).Split(';')[0].Trim();
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            position += lineEnd + 2;
            output.Write(body, position, Math.Min(size, body.Length - position));
            position += size + 2;
        }

        return output.ToArray();
    }
}
