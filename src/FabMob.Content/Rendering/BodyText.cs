using System.Text;

namespace FabMob.Content.Rendering;

/// <summary>
/// The words of a page's body as search reads them, taken from its Markdown tree at render
/// (<see cref="BodyTextCollector"/>): its headings, in order, and the rest of its text, whitespace
/// collapsed. Kept as UTF-8 (half the memory of strings for French text) only until the search index
/// has it: <see cref="Release"/> lets it go, so that a snapshot does not keep a second copy of every
/// body for its life. Pages made from one another (<c>with</c>) share it, so it also identifies one
/// rendering of a body.
/// </summary>
public sealed class BodyText
{
    private const byte HeadingSeparator = (byte)'\n';

    private Parts? _parts;

    public BodyText(IReadOnlyList<string> headings, string body)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(body);
        _parts = new Parts(Encoding.UTF8.GetBytes(string.Join('\n', headings)), Encoding.UTF8.GetBytes(body));
    }

    /// <summary>Whether the text was let go (<see cref="Release"/>): whoever needs it must have kept it.</summary>
    public bool IsReleased => Volatile.Read(ref _parts) is null;

    /// <summary>The headings and the rest of the text, or false when the text was let go.</summary>
    public bool TryRead(out IReadOnlyList<string> headings, out string body)
    {
        if (Volatile.Read(ref _parts) is not { } parts)
        {
            headings = [];
            body = "";
            return false;
        }

        headings = parts.Headings.Length == 0
            ? []
            : [.. Encoding.UTF8.GetString(parts.Headings).Split((char)HeadingSeparator)];
        body = Encoding.UTF8.GetString(parts.Body);
        return true;
    }

    /// <summary>Lets the text go: the search index has it (its own file), nobody else reads it.</summary>
    public void Release() => Volatile.Write(ref _parts, null);

    private sealed record Parts(byte[] Headings, byte[] Body);
}
