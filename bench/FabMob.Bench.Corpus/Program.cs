using System.Diagnostics;
using System.Globalization;
using System.Text;
using FabMob.Bench.Corpus;
using FabMob.Tests.Shared;

// FabMob.Bench.Corpus --count N --site DIR [--hugo DIR] [--repo-content DIR] [--seed 42] [--manifest FILE]
// Writes N synthetic articles (plus the repository's pages) into DIR, the same corpus as a Hugo site into
// --hugo, and a shell-sourceable manifest naming the articles the benchmark asks for.
// FabMob.Bench.Corpus --association DIR [--articles 192] [--seed 14] [--today YYYY-MM-DD]
// Writes the generated repository in the association's layout (tests/Shared/AssociationRepository*.cs) into DIR.
const string Usage = "usage: FabMob.Bench.Corpus --count N --site DIR [--hugo DIR] [--repo-content DIR] [--seed N] [--manifest FILE]\n"
    + "       FabMob.Bench.Corpus --association DIR [--articles N] [--seed N] [--today YYYY-MM-DD]";
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var a = 0; a < args.Length; a++)
{
    if (!args[a].StartsWith("--", StringComparison.Ordinal) || a + 1 >= args.Length)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    options[args[a][2..]] = args[++a];
}

if (options.TryGetValue("association", out var associationRoot))
{
    var articles = options.TryGetValue("articles", out var articlesText) ? int.Parse(articlesText, CultureInfo.InvariantCulture) : AssociationRepository.DefaultArticleCount;
    var associationSeed = options.TryGetValue("seed", out var associationSeedText) ? int.Parse(associationSeedText, CultureInfo.InvariantCulture) : AssociationRepository.DefaultSeed;
    var today = options.TryGetValue("today", out var todayText)
        ? DateOnly.ParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateOnly.FromDateTime(DateTime.Now);
    if (Directory.Exists(associationRoot) && Directory.EnumerateFileSystemEntries(associationRoot).Any())
    {
        Console.Error.WriteLine($"{associationRoot} is not empty: give an empty or missing folder (stale files would stay in the tree).");
        return 2;
    }

    var written = AssociationRepository.Write(associationRoot, today, articles, associationSeed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"association repository: {written.Articles.Count} articles ({written.Articles.Count(a => a.HasCover)} with a cover), {written.Pages.Count} pages, {written.Pictures.Count} pictures, {written.Documents.Count} documents, {written.DataFiles.Count} data files in {associationRoot}"));
    return 0;
}

if (!options.TryGetValue("count", out var countText) || !int.TryParse(countText, CultureInfo.InvariantCulture, out var count) || count < 10
    || !options.TryGetValue("site", out var siteRoot))
{
    Console.Error.WriteLine(Usage + " (N >= 10)");
    return 2;
}

var seed = options.TryGetValue("seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 42;
var hugoRoot = options.GetValueOrDefault("hugo");
var stopwatch = Stopwatch.StartNew();

foreach (var target in new[] { siteRoot, hugoRoot })
{
    if (target is not null && Directory.Exists(target))
    {
        Directory.Delete(target, recursive: true);
    }
}

var corpus = new CorpusWriter(count, seed);
corpus.Generate();
corpus.WriteSite(siteRoot);
if (hugoRoot is not null)
{
    HugoSite.WriteSkeleton(hugoRoot);
    corpus.WriteHugo(hugoRoot);
}

// The repository's own pages (index.md, à-propos.md, à-propos/travailler.md), unchanged for the site.
var pages = 0;
if (options.TryGetValue("repo-content", out var repoContent))
{
    foreach (var file in Directory.EnumerateFiles(repoContent, "*.md", SearchOption.AllDirectories))
    {
        var relative = Path.GetRelativePath(repoContent, file).Replace('\\', '/');
        var destination = Path.Combine(siteRoot, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(file, destination, overwrite: true);
        if (hugoRoot is not null)
        {
            var hugoFile = Path.Combine(hugoRoot, "content", HugoSite.HugoPath(repoContent, relative));
            Directory.CreateDirectory(Path.GetDirectoryName(hugoFile)!);
            File.WriteAllText(hugoFile, HugoSite.HugoFrontMatter(File.ReadAllText(file)), new UTF8Encoding(false));
        }

        pages++;
    }
}

var reference = corpus.Articles[corpus.ReferenceIndex];
var edit = corpus.Articles[corpus.EditIndex];
var manifest = new StringBuilder()
    .Append(CultureInfo.InvariantCulture, $"BENCH_ARTICLES={count}\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_PUBLISHED={corpus.Articles.Count(a => a.Published)}\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_ARTICLE_URL='/blog/{CorpusWriter.ReferenceSlug}'\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_ARTICLE_BYTES={Encoding.UTF8.GetByteCount(reference.SiteText)}\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_LONG_URL='/blog/{CorpusWriter.LongSlug}'\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_EDIT_URL='/blog/{CorpusWriter.EditSlug}'\n")
    .Append(CultureInfo.InvariantCulture, $"BENCH_EDIT_FILE='{edit.RelativeFile}'\n")
    .ToString();
if (options.TryGetValue("manifest", out var manifestFile))
{
    File.WriteAllText(manifestFile, manifest);
}

var markdownBytes = corpus.Articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.SiteText));
var hugoNote = hugoRoot is null ? "" : ", Hugo copy in " + hugoRoot;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {count} articles ({corpus.Articles.Count(a => a.Published)} published, {markdownBytes / 1024} KiB of Markdown) + {pages} repository pages in {siteRoot}{hugoNote}, {stopwatch.Elapsed.TotalSeconds:0.0} s"));
return 0;
