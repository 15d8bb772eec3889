using System.Collections.Concurrent;
using System.Diagnostics;
using FabMob.Content;
using Microsoft.Data.Sqlite;

namespace FabMob.Web.Search;

/// <summary>
/// The full-text index of one <see cref="ContentSnapshot"/>: an SQLite FTS5 table in a file of its
/// own (see <see cref="SearchIndexFiles"/>; the system's page cache holds it, not the process's
/// memory, and the index of a rebuild is not a second copy in memory), built whole before anyone
/// queries it and never written afterwards: each request reads it through its own read-only
/// connection. Words are cut and folded by
/// <c>unicode61 remove_diacritics 2</c> (case and accents do not count; apostrophes separate, so
/// <c>l'expérimentation</c> holds the word <c>experimentation</c>); singular and plural are matched
/// by the query (<see cref="SearchQuery"/>). Ranking is bm25 with the title weighing most, then
/// headings, subjects, body; a query matching more than <see cref="BroadMatches"/> pages (where
/// bm25 costs most and tells least: its idf of a word found almost everywhere is next to nothing)
/// is ranked by tiers instead, title, then headings, then subjects, then body, newest first in
/// each. Ranked lists are kept per expression for the index's life (it never changes). Which pages
/// the public may see is decided per query, at the moment the caller gives (drafts and scheduled
/// pages are indexed too). Closed when the last request using it is done after it was replaced.
/// Once an index is in service its pages may let go of their text (<see cref="BodyText.Release"/>):
/// the next index copies the rows of the pages it shares with this one from this one's file.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    // pages: every column, for matching, bm25, highlight() and snippet(). entetes: the index of the
    // short columns alone (contentless), for the tiers of broad queries, whose doclists are then a
    // fraction of the size of those of pages (which hold every word of every body).
    private const string Schema =
        "CREATE VIRTUAL TABLE pages USING fts5(titre, intertitres, sujets, texte, tokenize = 'unicode61 remove_diacritics 2');" +
        "CREATE VIRTUAL TABLE entetes USING fts5(titre, intertitres, sujets, content = '', tokenize = 'unicode61 remove_diacritics 2')";

    private const string Insert =
        "INSERT INTO pages (rowid, titre, intertitres, sujets, texte) VALUES ($id, $titre, $intertitres, $sujets, $texte);" +
        "INSERT INTO entetes (rowid, titre, intertitres, sujets) VALUES ($id, $titre, $intertitres, $sujets)";

    // The row of a page whose text was let go, taken from the previous index's file (attached as « ancien »).
    private const string Copy =
        "INSERT INTO pages (rowid, titre, intertitres, sujets, texte) SELECT $id, titre, intertitres, sujets, texte FROM ancien.pages WHERE rowid = $ancien;" +
        "INSERT INTO entetes (rowid, titre, intertitres, sujets) SELECT $id, titre, intertitres, sujets FROM ancien.pages WHERE rowid = $ancien";

    /// <summary>Past this many matching pages, ranking is by tiers rather than bm25.</summary>
    public const int BroadMatches = 1000;

    private const int ExtractWords = 32;
    private const int SummaryLength = 240;
    private const int CachedQueries = 256;
    private const int WarmingQueries = 5;
    private const int TextBatch = 256;

    // Column filters of the tiers, best first; the body is the last tier.
    private static readonly string[] Tiers = ["{titre}", "{intertitres}", "{sujets}"];

    private readonly string _connectionString;
    private readonly string _path;
    private readonly ContentPage[] _pages;

    // Per row: UTC ticks from which the public sees the page (long.MaxValue: never, a draft); kept
    // apart from the pages so that filtering thousands of matches reads one array, not every page.
    private readonly long[] _publishedFrom;
    private readonly int _broadMatches;
    private readonly ConcurrentBag<SearchIndexReader> _readers = [];
    private readonly ConcurrentDictionary<string, int[]> _ranked = new(StringComparer.Ordinal);

    // The row of each page's text, by the text itself (one rendering of a body): asked by the next index only.
    private readonly Lazy<Dictionary<BodyText, int>> _rowsByText;
    private readonly int _maxIdleReaders = Math.Max(2, Environment.ProcessorCount * 2);
    private int _leases;
    private int _retired;

    private SearchIndex(ContentSnapshot snapshot, string path, ContentPage[] pages, TimeSpan buildTime, int broadMatches)
    {
        _broadMatches = broadMatches;
        Snapshot = snapshot;
        _path = path;
        _connectionString = ConnectionString(path, SqliteOpenMode.ReadOnly);
        _pages = pages;
        _publishedFrom = [.. pages.Select(page => page.PublishedFrom?.UtcTicks ?? long.MaxValue)];
        _rowsByText = new(() =>
        {
            var rows = new Dictionary<BodyText, int>(pages.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < pages.Length; i++)
            {
                if (pages[i].Text is { } text)
                {
                    rows.TryAdd(text, i);
                }
            }

            return rows;
        });
        BuildTime = buildTime;
    }

    /// <summary>The snapshot this index was built from; its pages are the ones results point to.</summary>
    public ContentSnapshot Snapshot { get; }

    public long Version => Snapshot.Version;

    public int PageCount => _pages.Length;

    public TimeSpan BuildTime { get; }

    /// <summary>
    /// Indexes every page of <paramref name="snapshot"/>, drafts and scheduled ones included (they are
    /// filtered per query), into a new file in <paramref name="directory"/> (null: the process's
    /// temporary folder). <paramref name="broadMatches"/> is for tests of the tiers. A page whose text was let go
    /// (<see cref="BodyText.Release"/>, once an index holding it was put in service) gets its row from
    /// <paramref name="previous"/>, that index: it must still be open.
    /// </summary>
    public static SearchIndex Build(ContentSnapshot snapshot, int broadMatches = BroadMatches, string? directory = null,
        SearchIndex? previous = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var watch = Stopwatch.StartNew();
        // Row ids follow the pages newest first: FTS5 returns matches in row id order, so every
        // list it gives is already newest first, and a tier can be cut without sorting it.
        var pages = NewestFirst.Sort(snapshot.Pages).ToArray();
        var path = SearchIndexFiles.NewPath(directory);
        try
        {
            using (var writer = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadWriteCreate)))
            {
                writer.Open();
                // A throwaway file written once by one connection: no journal, no waiting for the disk.
                Execute(writer, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
                Execute(writer, Schema);
                Fill(writer, pages, previous);
                Execute(writer, "INSERT INTO pages (pages) VALUES ('optimize'); INSERT INTO entetes (entetes) VALUES ('optimize')");
            }

            return new SearchIndex(snapshot, path, pages, watch.Elapsed, broadMatches);
        }
        catch
        {
            SearchIndexFiles.Delete(path);
            throw;
        }
    }

    private static void Fill(SqliteConnection writer, ContentPage[] pages, SearchIndex? previous)
    {
        var leased = previous?.TryAcquire() == true;
        try
        {
            if (leased)
            {
                using var attach = writer.CreateCommand();
                attach.CommandText = "ATTACH DATABASE $chemin AS ancien";
                attach.Parameters.AddWithValue("$chemin", previous!._path);
                attach.ExecuteNonQuery();
            }

            FillRows(writer, pages, leased ? previous : null);
        }
        finally
        {
            if (leased)
            {
                previous!.Release();
            }
        }
    }

    private static void FillRows(SqliteConnection writer, ContentPage[] pages, SearchIndex? previous)
    {
        using var transaction = writer.BeginTransaction();
        using var insert = writer.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Insert;
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var title = insert.Parameters.Add("$titre", SqliteType.Text);
        var headings = insert.Parameters.Add("$intertitres", SqliteType.Text);
        var subjects = insert.Parameters.Add("$sujets", SqliteType.Text);
        var body = insert.Parameters.Add("$texte", SqliteType.Text);
        using var copy = writer.CreateCommand();
        copy.Transaction = transaction;
        copy.CommandText = Copy;
        var copyId = copy.Parameters.Add("$id", SqliteType.Integer);
        var copyFrom = copy.Parameters.Add("$ancien", SqliteType.Integer);

        // Texts are made a batch at a time (in parallel), so that the text of every page is
        // never held at once (at 10,000 articles the peak was 26 MB higher with all of them).
        var texts = new PageText?[Math.Min(TextBatch, pages.Length)];
        for (var start = 0; start < pages.Length; start += TextBatch)
        {
            var count = Math.Min(TextBatch, pages.Length - start);
            Parallel.For(0, count, i => texts[i] = PageText.Of(pages[start + i]));
            for (var i = 0; i < count; i++)
            {
                if (texts[i] is not { } text)
                {
                    // Let go once an index holding it was put in service: that index has its row.
                    var page = pages[start + i];
                    var row = -1;
                    if (previous?._rowsByText.Value.TryGetValue(page.Text!, out row) != true)
                    {
                        row = -1;
                    }

                    copyId.Value = start + i;
                    copyFrom.Value = row;
                    if (row < 0 || copy.ExecuteNonQuery() == 0)
                    {
                        throw new InvalidOperationException(
                            $"The text of {page.SourcePath} was let go and no previous index holds it: build from the current index.");
                    }

                    continue;
                }

                id.Value = start + i;
                title.Value = text.Title;
                headings.Value = text.Headings;
                subjects.Value = text.Subjects;
                body.Value = text.Body;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    // Pooling off: a connection closed is a file handle released, so the file can be deleted.
    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
    }.ToString();

    /// <summary>
    /// The pages matching <paramref name="query"/> that the public sees at <paramref name="publishedAt"/>
    /// (all of them, drafts and scheduled ones included, when null: the editors' preview), best first:
    /// how many there are, and those from <paramref name="skip"/> on (at most <paramref name="take"/>),
    /// with their highlighted title and extract.
    /// </summary>
    public SearchResults Search(SearchQuery query, DateTimeOffset? publishedAt, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MatchExpression is null)
        {
            return SearchResults.None;
        }

        var reader = Rent();
        try
        {
            var match = query.MatchExpression;
            var ranked = Ranked(reader, match);

            // One pass counts what the public may see and keeps the ids of the asked page only.
            var now = publishedAt?.UtcTicks ?? 0;
            var shown = new List<int>(Math.Min(take, 64));
            var count = 0;
            foreach (var id in ranked)
            {
                if (publishedAt is not null && _publishedFrom[id] > now)
                {
                    continue;
                }

                if (count >= skip && shown.Count < take)
                {
                    shown.Add(id);
                }

                count++;
            }

            return new SearchResults(count, [.. shown.Select(id => Hit(reader, match, id))]);
        }
        finally
        {
            Return(reader);
        }
    }

    /// <summary>
    /// Runs every statement and ranking path on queries made of the newest pages' titles, keeping
    /// nothing: the first index of a process is warmed this way before it is published, so
    /// that the first visitors' searches do not pay for compiling the search code. The cache of
    /// ranked lists stays empty.
    /// </summary>
    public void Warm()
    {
        foreach (var page in _pages.Take(WarmingQueries))
        {
            var query = SearchQuery.Parse(SearchText.Clean(page.Title));
            if (query.MatchExpression is not { } match)
            {
                continue;
            }

            var reader = Rent();
            try
            {
                var matches = reader.Matches(match);
                var ranked = reader.Ranked(match);
                ByTiers(reader, match, matches);
                foreach (var id in ranked.Take(10))
                {
                    Hit(reader, match, id);
                }
            }
            finally
            {
                Return(reader);
            }
        }
    }

    internal bool TryAcquire()
    {
        while (true)
        {
            var leases = Volatile.Read(ref _leases);
            if (leases < 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retired) == 1)
        {
            CloseIfUnused();
        }
    }

    /// <summary>Replaced by a newer index (or the site stops): closes now if no request uses it, else when the last one is done.</summary>
    public void Dispose()
    {
        Volatile.Write(ref _retired, 1);
        CloseIfUnused();
    }

    private void CloseIfUnused()
    {
        // -1 marks the index closed: no lease can be taken any more.
        if (Interlocked.CompareExchange(ref _leases, -1, 0) != 0)
        {
            return;
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        SearchIndexFiles.Delete(_path);
    }

    // Every page matching, best first: computed once per expression, then kept.
    private int[] Ranked(SearchIndexReader reader, string match)
    {
        if (_ranked.TryGetValue(match, out var cached))
        {
            return cached;
        }

        // One pass finds the matches (and their number); bm25 is then run only on a narrow query.
        var matches = reader.Matches(match);
        var ranked = matches.Count <= _broadMatches ? [.. reader.Ranked(match)] : ByTiers(reader, match, matches);
        if (_ranked.Count >= CachedQueries)
        {
            _ranked.Clear();
        }

        _ranked.TryAdd(match, ranked);
        return ranked;
    }

    // Tier of each match (title, headings, subjects, body), then a walk of the matches (newest first,
    // as FTS5 gives them in row id order) that drops each into its tier's run: no sort.
    private int[] ByTiers(SearchIndexReader reader, string match, List<int> matches)
    {
        var tierOf = new byte[_pages.Length];
        foreach (var id in matches)
        {
            tierOf[id] = (byte)Tiers.Length;
        }

        for (var t = Tiers.Length - 1; t >= 0; t--)
        {
            foreach (var id in reader.Headers($"{Tiers[t]} : ({match})"))
            {
                tierOf[id] = (byte)t;
            }
        }

        var next = new int[Tiers.Length + 1];
        foreach (var id in matches)
        {
            next[tierOf[id]]++;
        }

        for (int t = 0, start = 0; t < next.Length; t++)
        {
            (next[t], start) = (start, start + next[t]);
        }

        var ranked = new int[matches.Count];
        foreach (var id in matches)
        {
            ranked[next[tierOf[id]]++] = id;
        }

        return ranked;
    }

    private SearchHit Hit(SearchIndexReader reader, string match, int id)
    {
        var page = _pages[id];
        var (title, body, headings) = reader.Marked(match, id, ExtractWords);
        var extract = SearchHighlight.HasMatch(body) ? body
            : SearchHighlight.HasMatch(headings) ? headings
            : PlainText.Truncate(PageText.Tidy(page.Summary), SummaryLength);
        return new SearchHit(page, SearchHighlight.ToHtml(title.Length > 0 ? title : PageText.Tidy(page.Title)), SearchHighlight.ToHtml(extract));
    }

    private SearchIndexReader Rent() => _readers.TryTake(out var reader) ? reader : new SearchIndexReader(_connectionString);

    private void Return(SearchIndexReader reader)
    {
        if (_readers.Count < _maxIdleReaders)
        {
            _readers.Add(reader);
        }
        else
        {
            reader.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
