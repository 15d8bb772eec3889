using System.Globalization;
using Microsoft.Data.Sqlite;

namespace FabMob.Web.Search;

/// <summary>One read connection to an index with its statements prepared once; used by one request at a time.</summary>
internal sealed class SearchIndexReader : IDisposable
{
    // bm25 weights, in column order: title, headings, subjects, body. Lower bm25 ranks first.
    private const string RankedSql = "SELECT rowid FROM pages WHERE pages MATCH $q ORDER BY bm25(pages, 10.0, 4.0, 2.0, 1.0), rowid";

    // FTS5 gives row id order without sorting; row ids are the pages newest first. Lists of matches
    // come back as one text (« 3,17,42 »): thousands of rows stepped one by one through the driver
    // cost three times as much (10,000 matches: 5 ms against 1.6 ms).
    private const string MatchesSql = "SELECT group_concat(rowid) FROM (SELECT rowid FROM pages WHERE pages MATCH $q ORDER BY rowid)";

    private const string HeadersSql = "SELECT group_concat(rowid) FROM entetes WHERE entetes MATCH $q";

    private const string MarkedSql =
        "SELECT highlight(pages, 0, $debut, $fin), snippet(pages, 3, $debut, $fin, '…', $mots), snippet(pages, 1, $debut, $fin, '…', $mots) " +
        "FROM pages WHERE pages MATCH $q AND rowid = $id";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _ranked;
    private readonly SqliteCommand _matches;
    private readonly SqliteCommand _headers;
    private readonly SqliteCommand _marked;

    public SearchIndexReader(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        _ranked = Command(RankedSql);
        _matches = Command(MatchesSql);
        _headers = Command(HeadersSql);
        _marked = Command(MarkedSql);
        _marked.Parameters.Add("$id", SqliteType.Integer);
        _marked.Parameters.AddWithValue("$debut", SearchHighlight.Start.ToString());
        _marked.Parameters.AddWithValue("$fin", SearchHighlight.End.ToString());
        _marked.Parameters.Add("$mots", SqliteType.Integer);
    }

    /// <summary>The pages matching, best first by weighted bm25.</summary>
    public List<int> Ranked(string match) => Ids(_ranked, match);

    /// <summary>The pages matching, in row id order.</summary>
    public List<int> Matches(string match) => IdList(_matches, match, sorted: true);

    /// <summary>The pages whose title, headings or subjects match (the expression may filter these columns), in no particular order.</summary>
    public List<int> Headers(string match) => IdList(_headers, match, sorted: false);

    /// <summary>The title, body extract and headings extract of page <paramref name="id"/>, matched words between markers.</summary>
    public (string Title, string Body, string Headings) Marked(string match, int id, int words)
    {
        _marked.Parameters["$q"].Value = match;
        _marked.Parameters["$id"].Value = id;
        _marked.Parameters["$mots"].Value = words;
        using var rows = _marked.ExecuteReader();
        return rows.Read() ? (rows.GetString(0), rows.GetString(1), rows.GetString(2)) : ("", "", "");
    }

    public void Dispose()
    {
        _ranked.Dispose();
        _matches.Dispose();
        _headers.Dispose();
        _marked.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        return command;
    }

    private static List<int> Ids(SqliteCommand command, string match)
    {
        command.Parameters["$q"].Value = match;
        var ids = new List<int>();
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            ids.Add(rows.GetInt32(0));
        }

        return ids;
    }

    // A comma-separated list of row ids; SQLite does not promise the order of group_concat, so a
    // list asked for in order is sorted if it did not come so.
    internal static List<int> IdList(SqliteCommand command, string match, bool sorted)
    {
        command.Parameters["$q"].Value = match;
        var ids = new List<int>();
        if (command.ExecuteScalar() is not string text)
        {
            return ids;
        }

        var ordered = true;
        foreach (var part in text.AsSpan().Split(','))
        {
            var id = int.Parse(text.AsSpan(part), NumberStyles.None, CultureInfo.InvariantCulture);
            ordered &= ids.Count == 0 || ids[^1] < id;
            ids.Add(id);
        }

        if (sorted && !ordered)
        {
            ids.Sort();
        }

        return ids;
    }
}
