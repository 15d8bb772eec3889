namespace FabMob.Content.Rendering;

/// <summary>
/// Where the raw HTML written by the editor sits in a page's rendered HTML: each line of each HTML
/// block and inline tag, with its offset in the output and its line and column in the Markdown
/// body. Lets the sanitiser, which works on the whole rendered page, locate what it removes in the
/// file. Filled in output order while the page is rendered (<see cref="RawHtmlRenderers"/>).
/// </summary>
internal sealed class RawHtmlMap
{
    private readonly List<Piece> _pieces = [];

    /// <summary>True when the page has raw HTML at all (otherwise it needs no sanitising).</summary>
    public bool IsEmpty => _pieces.Count == 0;

    /// <summary>Records that <paramref name="length"/> characters written at <paramref name="offset"/> come from body line <paramref name="line"/> (0-based), column <paramref name="column"/> (0-based).</summary>
    public void Add(int offset, int length, int line, int column)
    {
        if (length > 0)
        {
            _pieces.Add(new Piece(offset, length, line, column));
        }
    }

    /// <summary>Moves every piece at or after <paramref name="offset"/> by <paramref name="length"/> (text inserted by the sanitiser).</summary>
    public void Inserted(int offset, int length)
    {
        for (var i = 0; i < _pieces.Count; i++)
        {
            var piece = _pieces[i];
            if (piece.Offset >= offset)
            {
                _pieces[i] = piece with { Offset = piece.Offset + length };
            }
            else if (piece.Offset + piece.Length > offset)
            {
                _pieces[i] = piece with { Length = piece.Length + length };
            }
        }
    }

    /// <summary>The body line (0-based) and column (1-based) of an output offset inside raw HTML, or null (Markdown output).</summary>
    public (int Line, int Column)? Locate(int offset)
    {
        var low = 0;
        var high = _pieces.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var piece = _pieces[middle];
            if (offset < piece.Offset)
            {
                high = middle - 1;
            }
            else if (offset >= piece.Offset + piece.Length)
            {
                low = middle + 1;
            }
            else
            {
                return (piece.Line, piece.Column + offset - piece.Offset + 1);
            }
        }

        return null;
    }

    private readonly record struct Piece(int Offset, int Length, int Line, int Column);
}
