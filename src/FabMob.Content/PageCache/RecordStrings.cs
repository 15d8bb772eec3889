namespace FabMob.Content.PageCache;

/// <summary>
/// The strings already read from one record, by where their bytes lie in it: a string written twice in a record (a
/// page's title and its front matter's, its summary and description, its URL and its address keys, a link's target and
/// the lookup that resolved it) comes back as one string instead of two equal ones. At 10,000 pages, fewer objects made
/// at each start, each of which the collector would copy once or twice. One per thread, cleared for each record.
/// </summary>
internal sealed class RecordStrings
{
    /// <summary>Strings looked at per record, at most (the rest are made as they come).</summary>
    private const int Capacity = 64;

    [ThreadStatic]
    private static RecordStrings? t_current;

    private readonly int[] _starts = new int[Capacity];
    private readonly int[] _lengths = new int[Capacity];
    private readonly string[] _values = new string[Capacity];
    private int _count;

    /// <summary>This thread's table, cleared: for a record about to be read.</summary>
    public static RecordStrings ForRecord()
    {
        var strings = t_current ??= new RecordStrings();
        Array.Clear(strings._values, 0, strings._count);
        strings._count = 0;
        return strings;
    }

    /// <summary>The string of <paramref name="record"/>'s bytes at <paramref name="start"/>: one read before with the same bytes, or a new one.</summary>
    public string Get(ReadOnlySpan<byte> record, int start, int length)
    {
        var bytes = record.Slice(start, length);
        for (var i = 0; i < _count; i++)
        {
            if (_lengths[i] == length && record.Slice(_starts[i], length).SequenceEqual(bytes))
            {
                return _values[i];
            }
        }

        var value = System.Text.Encoding.UTF8.GetString(bytes);
        if (_count < Capacity)
        {
            _starts[_count] = start;
            _lengths[_count] = length;
            _values[_count] = value;
            _count++;
        }

        return value;
    }
}
