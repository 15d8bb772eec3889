namespace FabMob.Web.Tests.Preview;

/// <summary>Reads server-sent events off a response stream, one event (its fields) at a time.</summary>
public sealed class ServerSentEvents(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    /// <summary>The next event's fields (<c>event</c>, <c>data</c>, <c>id</c>…); comments are skipped.</summary>
    public async Task<Dictionary<string, string>> NextAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            var line = await _reader.ReadLineAsync(limit.Token)
                ?? throw new EndOfStreamException("the event stream ended");
            if (line.Length == 0)
            {
                if (fields.Count > 0)
                {
                    return fields;
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            fields[name] = fields.TryGetValue(name, out var previous) ? previous + "\n" + value : value;
        }
    }

    public void Dispose() => _reader.Dispose();
}
