using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FabMob.Tests.Shared;

namespace FabMob.Content.Tests.Fixtures;

/// <summary>
/// The generated repository in the association's layout (tests/Shared/AssociationRepository*.cs): deterministic, every
/// shape of issue 14 present with its variety, every internal picture and link it writes pointing at a file that exists.
/// These tests read the files on disk, not only the manifest, so a manifest that lies fails them.
/// </summary>
public sealed partial class AssociationRepositoryTests(AssociationRepositoryTree tree) : IClassFixture<AssociationRepositoryTree>
{
    private AssociationRepositoryManifest Manifest => tree.Manifest;

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_other_articles()
    {
        var again = Path.Combine(Path.GetTempPath(), "fabmob-association-tests", Guid.NewGuid().ToString("N"));
        var other = Path.Combine(Path.GetTempPath(), "fabmob-association-tests", Guid.NewGuid().ToString("N"));
        try
        {
            AssociationRepository.Write(again, AssociationRepositoryTree.Today);
            var otherManifest = AssociationRepository.Write(other, AssociationRepositoryTree.Today, seed: AssociationRepository.DefaultSeed + 1);

            var expected = Hashes(tree.Root);
            Assert.True(expected.Count > 400, $"{expected.Count} files");
            Assert.Equal(expected, Hashes(again));
            Assert.NotEqual(expected, Hashes(other));
            Assert.NotEqual(Manifest.Articles.Select(a => a.WordCount), otherManifest.Articles.Select(a => a.WordCount));
        }
        finally
        {
            Directory.Delete(again, recursive: true);
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void There_are_192_articles_from_2014_to_2026_in_year_folders()
    {
        Assert.Equal(192, Manifest.Articles.Count);
        var perYear = Manifest.Articles.GroupBy(a => a.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(2014, 13), perYear.Keys.Order());
        Assert.All(perYear.Values, n => Assert.InRange(n, 12, 18));
        var onDisk = Directory.EnumerateFiles(tree.FullPath("contenu/articles"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(Manifest.Articles.Select(a => a.SourcePath).Order(StringComparer.Ordinal), onDisk);
        Assert.All(Manifest.Articles, a => Assert.Equal($"contenu/articles/{a.Year}/{a.RawName}.md", a.SourcePath));
        Assert.All(Manifest.Articles, a => Assert.Equal(a.Year, a.Date.Year));
    }

    [Fact]
    public void File_names_are_written_as_editors_write_them_and_their_slugs_follow_the_slug_rule()
    {
        var names = Manifest.Articles.Select(a => a.RawName).ToList();
        Assert.InRange(names.Count(n => n.Contains(' ', StringComparison.Ordinal)), 80, 192);
        Assert.InRange(names.Count(n => n.Contains('\'', StringComparison.Ordinal)), 10, 192);
        Assert.InRange(names.Count(n => n.Contains('’', StringComparison.Ordinal)), 5, 192);
        Assert.InRange(names.Count(n => n.Contains('_', StringComparison.Ordinal)), 15, 192);
        Assert.InRange(names.Count(n => n.Any(c => c > 127)), 60, 192);
        Assert.InRange(names.Count(n => n.Any(char.IsUpper)), 80, 192);
        Assert.InRange(names.Count(n => !n.Contains(' ', StringComparison.Ordinal) && n.Skip(1).Any(char.IsUpper)), 10, 192);
        Assert.InRange(names.Count(n => n.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')), 15, 192);

        Assert.Equal(names.Count, Manifest.Articles.Select(a => a.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Manifest.Articles, a => Assert.Equal(SlugBuilder.Slugify(a.RawName), a.Slug));
        var typographic = Manifest.Articles.First(a => a.RawName.Contains('’', StringComparison.Ordinal));
        Assert.DoesNotContain('’', typographic.Slug);
        Assert.Matches("^[\\p{Ll}\\p{Nd}]+(-[\\p{Ll}\\p{Nd}]+)*$", typographic.Slug);
    }

    [Fact]
    public void Front_matter_comes_in_every_shape_the_editors_wrote()
    {
        var heads = Manifest.Articles.Select(a => FrontMatter(tree.Read(a.SourcePath))).ToList();
        int Count(string pattern) => heads.Count(h => Regex.IsMatch(h, pattern, RegexOptions.Multiline));

        Assert.InRange(Count("^title: "), 40, 150);
        Assert.InRange(Count("^titre: "), 40, 150);
        Assert.InRange(Count("^(titre|title) : "), 20, 60);
        Assert.InRange(Count(@"^date: \d{4}-(\d-\d{1,2}|\d{2}-\d)$"), 40, 60);
        Assert.InRange(Count(@"^date: \d{4}-\d{2}-\d{2}$"), 40, 60);
        Assert.InRange(Count(@"^date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$"), 40, 60);
        Assert.InRange(Count(@"^date: '\d{2}-\d{2}-\d{4}'$"), 40, 60);
        Assert.InRange(Count(@"^tags:\n  - "), 20, 60);
        Assert.InRange(Count(@"^tags: \[.+\]$"), 20, 60);
        Assert.InRange(Count(@"^tags: \[\]$"), 20, 60);
        Assert.InRange(Count(@"^tags:$(?!\n  )"), 20, 60);
        Assert.InRange(Count(@"^tags: [^\[\n]+, "), 10, 60);
        Assert.InRange(Count("^categories: articles$"), 40, 100);
        Assert.InRange(Count(@"^categories: \[articles, communs\]$|^categories:\n  - articles"), 40, 100);
        Assert.InRange(Count("^author: "), 30, 60);
        Assert.InRange(Count(@"^authors:( \[|\n  - )"), 60, 120);
        Assert.InRange(Count(@"^image: ""?images/"), 10, 30);
        Assert.InRange(Count(@"^image: ""/contenu/articles/\d{4}/images/"), 10, 30);
        Assert.InRange(Count("^image: https://(i.imgur.com|images.unsplash.com|wiki.lafabriquedesmobilites.fr)/"), 10, 30);
        Assert.InRange(Count("^image:"), 50, 70);
        Assert.InRange(Manifest.Articles.Count(a => a.Crlf), 2, 10);
        Assert.InRange(Manifest.Articles.Count(a => a.Bom), 1, 10);
    }

    [Fact]
    public void Every_front_matter_and_data_file_is_valid_yaml()
    {
        var reader = new YamlDocumentReader(new ContentLimits());
        foreach (var path in Manifest.Articles.Select(a => a.SourcePath).Concat(Manifest.Pages.Where(p => p.HasFrontMatter).Select(p => p.SourcePath)))
        {
            reader.Load(FrontMatter(tree.Read(path)), path, 2, out var error);
            Assert.True(error is null, $"{path}: {error?.Message}");
        }

        foreach (var path in Manifest.DataFiles)
        {
            Assert.NotNull(reader.Load(tree.Read(path), path, 1, out var error));
            Assert.True(error is null, $"{path}: {error?.Message}");
        }
    }

    [Fact]
    public void Covers_reach_at_least_167_of_192_cards_and_every_internal_cover_exists()
    {
        var articles = Manifest.Articles;
        Assert.InRange(articles.Count(a => a.HasCover), 167, 192);
        Assert.InRange(articles.Count(a => a.CoverKind == AssociationRepositoryCoverKind.DefaultCover), 105, 115);
        Assert.InRange(articles.Count(a => a.CoverKind == AssociationRepositoryCoverKind.None), 15, 25);
        foreach (var kind in new[] { AssociationRepositoryCoverKind.Relative, AssociationRepositoryCoverKind.RootAbsolute, AssociationRepositoryCoverKind.FullUrl })
        {
            Assert.InRange(articles.Count(a => a.CoverKind == kind), 15, 25);
        }

        Assert.All(articles.Where(a => a.CoverPath is not null), a =>
        {
            Assert.True(File.Exists(tree.FullPath(a.CoverPath!)), a.CoverPath);
            Assert.Equal("/" + a.CoverPath, a.CoverUrl);
        });
        Assert.All(articles.Where(a => a.CoverKind == AssociationRepositoryCoverKind.DefaultCover),
            a => Assert.Equal($"contenu/articles/couvertures/{a.RawName}.jpg", a.CoverPath));
        // A default cover exists only for articles that use it: the site must not give one to an article with image:.
        var covers = Directory.EnumerateFiles(tree.FullPath("contenu/articles/couvertures")).Select(f => Path.GetFileNameWithoutExtension(f)!).ToHashSet();
        Assert.Equal(articles.Where(a => a.CoverKind == AssociationRepositoryCoverKind.DefaultCover).Select(a => a.RawName).ToHashSet(), covers);
        Assert.Equal(["i.imgur.com", "images.unsplash.com", "wiki.lafabriquedesmobilites.fr"],
            articles.Where(a => a.CoverKind == AssociationRepositoryCoverKind.FullUrl).Select(a => new Uri(a.CoverUrl!).Host).Distinct().Order());
    }

    [Fact]
    public void Every_internal_picture_written_in_a_file_exists_on_disk()
    {
        var sources = Manifest.Articles.Select(a => a.SourcePath).Concat(Manifest.Pages.Select(p => p.SourcePath)).Concat(Manifest.DataFiles);
        var internalReferences = 0;
        var external = 0;
        var missing = new List<string>();
        foreach (var source in sources)
        {
            foreach (var written in PictureReferences(tree.Read(source)))
            {
                var path = Resolve(source, written);
                if (path is null)
                {
                    external++;
                    continue;
                }

                internalReferences++;
                if (!File.Exists(tree.FullPath(path)))
                {
                    missing.Add($"{source}: {written}");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.InRange(internalReferences, 150, 400);
        Assert.InRange(external, 40, 200);
        // The manifest says the same thing as the files.
        var listed = Manifest.Articles.SelectMany(a => a.Pictures).Concat(Manifest.Pages.SelectMany(p => p.Pictures)).ToList();
        Assert.All(listed.Where(p => !p.IsExternal), p => Assert.Equal(Resolve(p.SourcePath, p.Written), p.RepositoryPath));
        Assert.All(listed.Where(p => !p.IsExternal), p => Assert.Contains(p.RepositoryPath!, Manifest.Pictures));
        foreach (var syntax in Enum.GetValues<AssociationRepositoryPictureSyntax>())
        {
            Assert.True(listed.Count(p => p.Syntax == syntax && !p.IsExternal) >= 5, $"{syntax}");
        }

        Assert.Contains(listed, p => p.Written.StartsWith('<'));
        Assert.Contains(listed, p => p.Written.Contains("%20", StringComparison.Ordinal));
        Assert.Contains(listed, p => p.Written.StartsWith("/contenu/articles/", StringComparison.Ordinal) && !p.SourcePath.Contains(p.Written[1..p.Written.IndexOf("/images/", StringComparison.Ordinal)], StringComparison.Ordinal));
        Assert.Contains(listed, p => p.RepositoryPath?.EndsWith(".JPG", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Pictures_and_documents_are_real_png_jpeg_svg_and_pdf_files()
    {
        Assert.InRange(Manifest.Pictures.Count, 250, 400);
        foreach (var picture in Manifest.Pictures)
        {
            var bytes = File.ReadAllBytes(tree.FullPath(picture));
            switch (Path.GetExtension(picture).ToLowerInvariant())
            {
                case ".png":
                    Assert.Equal<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
                    Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
                    break;
                case ".jpg" or ".jpeg":
                    Assert.Equal<byte>([0xFF, 0xD8, 0xFF, 0xE0], bytes[..4]);
                    Assert.Equal<byte>([0xFF, 0xD9], bytes[^2..]);
                    var frame = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);
                    Assert.True(frame > 0, picture);
                    Assert.InRange(BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(frame + 5)), 8, 200);
                    break;
                case ".svg":
                    Assert.Equal("svg", XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Name.LocalName);
                    break;
                default:
                    Assert.Fail($"unexpected picture {picture}");
                    break;
            }
        }

        Assert.Contains("images/fabmob_cmjn1.svg", Manifest.Pictures);
        Assert.True(Manifest.Pictures.Count(p => p.StartsWith("images/nous/", StringComparison.Ordinal)) >= 10);
        Assert.True(Manifest.Pictures.Count(p => p.StartsWith("images/partenaires/", StringComparison.Ordinal)) >= 10);
        Assert.True(Manifest.Pictures.Count(p => p.StartsWith("images/illustrations_evenements/", StringComparison.Ordinal)) >= 10);

        Assert.Equal(4, Manifest.Documents.Count);
        foreach (var document in Manifest.Documents)
        {
            var text = Encoding.ASCII.GetString(File.ReadAllBytes(tree.FullPath(document)));
            Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
            Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
            var startxref = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal("xref", text.Substring(startxref, 4));
        }
    }

    [Fact]
    public void About_500_single_newline_line_breaks_sit_in_about_33_articles()
    {
        var withBreaks = Manifest.Articles.Where(a => a.LineBreaks > 0).ToList();
        Assert.InRange(withBreaks.Count, 28, 38);
        Assert.InRange(withBreaks.Sum(a => a.LineBreaks), 450, 600);
        Assert.All(Manifest.Articles, a => Assert.Equal(a.LineBreaks, ProseLineBreaks(Body(tree.Read(a.SourcePath)))));
    }

    [Fact]
    public void About_20_iframes_come_from_slideshare_google_docs_miro_and_youtube_some_written_self_closing()
    {
        var bodies = Manifest.Articles.ToDictionary(a => a.SourcePath, a => Body(tree.Read(a.SourcePath)));
        var iframes = bodies.Values.SelectMany(b => IframeSource().Matches(b)).ToList();
        Assert.InRange(iframes.Count, 18, 24);
        Assert.Equal(Manifest.Articles.Sum(a => a.IframeHosts.Count), iframes.Count);
        var hosts = iframes.Select(m => new Uri(m.Groups["src"].Value).Host).ToHashSet();
        Assert.Superset(new HashSet<string> { "www.slideshare.net", "docs.google.com", "miro.com", "www.youtube.com" }, hosts);

        var selfClosing = Manifest.Articles.Where(a => a.HasSelfClosingIframe).ToList();
        Assert.InRange(selfClosing.Count, 4, 10);
        Assert.All(selfClosing, a =>
        {
            var body = bodies[a.SourcePath];
            var iframe = SelfClosingIframe().Match(body);
            Assert.True(iframe.Success, a.SourcePath);
            Assert.True(Words(body[(iframe.Index + iframe.Length)..]) >= 50, a.SourcePath);
        });
    }

    [Fact]
    public void One_article_has_about_1700_words_after_a_self_closing_iframe_and_no_closing_tag()
    {
        var article = Assert.Single(Manifest.Articles, a => a.WordsAfterSelfClosingIframe >= 1_700);
        Assert.InRange(article.WordsAfterSelfClosingIframe, 1_700, 2_100);
        var body = Body(tree.Read(article.SourcePath));
        var iframe = SelfClosingIframe().Match(body);
        var after = body[(iframe.Index + iframe.Length)..];
        Assert.DoesNotContain("</iframe>", after, StringComparison.Ordinal);
        Assert.True(Words(after) >= 1_700, $"{Words(after)} words after the iframe");
        Assert.EndsWith(article.LastSentence + "\n", after.Replace("*", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Style_attributes_and_the_imaginaires_tag_occur_in_a_few_articles()
    {
        var styled = Manifest.Articles.Where(a => a.HasStyleAttribute).ToList();
        Assert.InRange(styled.Count, 10, 40);
        Assert.All(styled, a => Assert.Contains(" style=\"", Body(tree.Read(a.SourcePath)), StringComparison.Ordinal));
        Assert.All(Manifest.Articles.Where(a => !a.HasStyleAttribute),
            a => Assert.DoesNotContain(" style=\"", Body(tree.Read(a.SourcePath)), StringComparison.Ordinal));

        var imaginaires = Manifest.Articles.Where(a => a.HasImaginairesTag).ToList();
        Assert.InRange(imaginaires.Count, 4, 10);
        Assert.All(imaginaires, a => Assert.Matches(@"(?m)^tags:(\n  - imaginaires| imaginaires,)", FrontMatter(tree.Read(a.SourcePath))));
    }

    [Fact]
    public void Links_to_other_articles_pages_and_documents_lead_to_files_that_exist()
    {
        var links = Manifest.Articles.SelectMany(a => a.Links).Concat(Manifest.Pages.SelectMany(p => p.Links)).ToList();
        foreach (var kind in Enum.GetValues<AssociationRepositoryLinkKind>())
        {
            Assert.True(links.Count(l => l.Kind == kind) >= 5, $"{kind}: {links.Count(l => l.Kind == kind)}");
        }

        var rawNames = Manifest.Articles.ToDictionary(a => a.RawName, a => a.SourcePath, StringComparer.Ordinal);
        Assert.All(links, link =>
        {
            Assert.True(File.Exists(tree.FullPath(link.TargetPath)), $"{link.SourcePath}: {link.Href}");
            Assert.Contains($"]({link.Href})", tree.Read(link.SourcePath), StringComparison.Ordinal);
            switch (link.Kind)
            {
                case AssociationRepositoryLinkKind.RelativeFile:
                    Assert.Equal(link.TargetPath, Resolve(link.SourcePath, link.Href));
                    break;
                case AssociationRepositoryLinkKind.BlogPath or AssociationRepositoryLinkKind.OldPath or AssociationRepositoryLinkKind.OldDomain:
                    Assert.Equal(link.TargetPath, rawNames[Uri.UnescapeDataString(link.Href[(link.Href.LastIndexOf('/') + 1)..])]);
                    break;
                case AssociationRepositoryLinkKind.Page:
                    Assert.Equal($"contenu/{link.Href["/à-propos/".Length..]}.md", link.TargetPath);
                    break;
                default:
                    Assert.Equal(link.TargetPath, "documents/" + Uri.UnescapeDataString(link.Href["/documents/".Length..]));
                    break;
            }
        });

        Assert.Contains(links, l => l.Kind == AssociationRepositoryLinkKind.RelativeFile && l.Href.StartsWith('<'));
        Assert.Contains(links, l => l.Kind == AssociationRepositoryLinkKind.RelativeFile && l.Href.StartsWith("../", StringComparison.Ordinal));
        var oldDomain = Manifest.OldDomainLinks;
        Assert.Equal(links.Count(l => l.Kind is AssociationRepositoryLinkKind.OldDomain or AssociationRepositoryLinkKind.OldPath), oldDomain.Count);
        Assert.Equal(Manifest.OwnHosts.Order(), oldDomain.Where(l => l.Kind == AssociationRepositoryLinkKind.OldDomain).Select(l => new Uri(l.Href).Host).Distinct().Order());
        Assert.Contains(oldDomain, l => l.Href.StartsWith("http://lafabriquedesmobilites.fr/articles/", StringComparison.Ordinal));
        Assert.Contains(oldDomain, l => Regex.IsMatch(l.Href, "^/articles/[a-z-]+/[^/]+$"));
        var inFiles = Manifest.Articles.Sum(a => Regex.Count(tree.Read(a.SourcePath), @"\]\((https?://(www\.)?lafabriquedesmobilites\.fr)?/articles/"));
        Assert.Equal(oldDomain.Count, inFiles);
    }

    [Fact]
    public void Word_counts_and_last_sentences_match_the_text_written()
    {
        Assert.All(Manifest.Articles, a =>
        {
            var body = Body(tree.Read(a.SourcePath));
            Assert.InRange(a.WordCount, 100, Words(body));
            Assert.EndsWith(a.LastSentence + "\n", body.Replace("*", "", StringComparison.Ordinal), StringComparison.Ordinal);
        });
        Assert.All(Manifest.Pages, p => Assert.InRange(p.WordCount, 60, Words(Body(tree.Read(p.SourcePath)))));
        Assert.InRange(Manifest.Articles.Sum(a => a.WordCount), 192 * 150, 192 * 600);
    }

    [Fact]
    public void The_pages_are_the_association_s_pages_with_and_without_front_matter()
    {
        Assert.Equal(18, Manifest.Pages.Count);
        Assert.Superset(new HashSet<string> { "manifeste", "feuille_de_route", "travailler", "statuts", "tarifs", "opensource", "pourquoi", "solution",
                "prestations", "urgence", "mentions-légales-et-données", "CGU-Agremob", "commentRejoindreProjet" },
            Manifest.Pages.Select(p => p.Name).ToHashSet());
        var onDisk = Directory.EnumerateFiles(tree.FullPath("contenu"), "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Manifest.Pages.Select(p => p.Name).Order(StringComparer.Ordinal), onDisk);
        Assert.Equal("feuille-de-route", Manifest.Pages.Single(p => p.Name == "feuille_de_route").Slug);
        Assert.Equal("mentions-légales-et-données", Manifest.Pages.Single(p => p.Name == "mentions-légales-et-données").Slug);
        Assert.Equal("commentrejoindreprojet", Manifest.Pages.Single(p => p.Name == "commentRejoindreProjet").Slug);
        Assert.InRange(Manifest.Pages.Count(p => !p.HasFrontMatter), 3, 6);
        Assert.All(Manifest.Pages.Where(p => !p.HasFrontMatter), p => Assert.StartsWith($"# {p.Title}\n", tree.Read(p.SourcePath), StringComparison.Ordinal));
        Assert.Contains(Manifest.Pages, p => Regex.IsMatch(tree.Read(p.SourcePath), "(?m)^titre : "));
    }

    [Fact]
    public void The_ecosystem_file_has_its_five_groups_spaces_before_colons_missing_fields_and_interviews()
    {
        var text = tree.Read("contenu/ecosystème.yaml");
        var groups = Assert.IsType<Dictionary<string, object?>>(Load("contenu/ecosystème.yaml"));
        Assert.Equal(["L'équipe", "Le conseil d'administration", "Coopérateurs", "Partenaires", "Adherents"], groups.Keys);
        Assert.Equal(Manifest.Members.Count, groups.Values.Sum(g => Assert.IsType<List<object?>>(g).Count));
        Assert.InRange(Regex.Count(text, "(?m)^  - nom : "), 5, 15);
        var entries = groups.Values.SelectMany(g => (List<object?>)g!).Cast<Dictionary<string, object?>>().ToList();
        Assert.All(entries, e => Assert.IsType<string>(e["nom"]));
        Assert.Contains(entries, e => !e.ContainsKey("image"));
        Assert.Contains(entries, e => e.TryGetValue("linkedin", out var value) && value is null);
        Assert.Contains(entries, e => !e.ContainsKey("siteweb") && e.ContainsKey("structure"));
        foreach (var key in new[] { "rôle", "image", "linkedin", "structure", "lienstructure", "siteweb", "interview" })
        {
            Assert.Contains(entries, e => e.ContainsKey(key));
        }

        var interviews = Manifest.Members.Where(m => m.Interview is not null).ToList();
        Assert.InRange(interviews.Count, 8, 15);
        var rawNames = Manifest.Articles.Select(a => a.RawName).ToHashSet(StringComparer.Ordinal);
        Assert.All(interviews, m => Assert.Contains(Uri.UnescapeDataString(m.Interview!["/blog/".Length..]), rawNames));
        Assert.All(Manifest.Members.Where(m => m.Image is not null), m => Assert.True(File.Exists(tree.FullPath(m.Image![1..])), m.Image));
    }

    [Fact]
    public void Events_are_past_and_upcoming_around_the_given_date_in_both_date_formats()
    {
        var events = Assert.IsType<List<object?>>(Load("contenu/evenements-fabmob.yaml")).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(Manifest.Events.Count, events.Count);
        Assert.All(events, e => Assert.Equal(["date", "title", "description", "picture", "url"], e.Keys));
        Assert.InRange(Manifest.Events.Count(e => e.Upcoming), 3, 6);
        Assert.InRange(Manifest.Events.Count(e => !e.Upcoming), 6, 10);
        Assert.All(Manifest.Events, e => Assert.Equal(e.Upcoming, DateOnly.FromDateTime(e.Date) > AssociationRepositoryTree.Today));
        Assert.Contains(Manifest.Events, e => Regex.IsMatch(e.DateWritten, @"^\d{4}-\d{2}-\d{2}$"));
        Assert.Contains(Manifest.Events, e => Regex.IsMatch(e.DateWritten, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00$"));
        Assert.Equal(Manifest.Events.Select(e => e.DateWritten), events.Select(e => (string?)e["date"]));
        Assert.Equal(Manifest.Events.Select(e => e.Description), events.Select(e => (string?)e["description"]));
        // Not in date order: the site sorts them.
        Assert.NotEqual(Manifest.Events.OrderBy(e => e.Date).Select(e => e.Date), Manifest.Events.Select(e => e.Date));

        var later = Path.Combine(Path.GetTempPath(), "fabmob-association-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var shifted = AssociationRepository.Write(later, AssociationRepositoryTree.Today.AddDays(100), articleCount: 12);
            Assert.Equal(Manifest.Events.Select(e => e.Date.AddDays(100)), shifted.Events.Select(e => e.Date));
        }
        finally
        {
            Directory.Delete(later, recursive: true);
        }
    }

    [Fact]
    public void Communs_publications_and_missions_have_the_association_s_shapes()
    {
        var communs = Assert.IsType<List<object?>>(Load("contenu/communs-fabmob.yaml"));
        Assert.Equal(Manifest.Communs, communs.Cast<string>());
        Assert.Contains("Mon_Compte_Mobilité", Manifest.Communs);
        Assert.Contains("Registre_de_Preuve_de_Covoiturage_(RPC)", Manifest.Communs);

        var publications = Assert.IsType<List<object?>>(Load("contenu/publications-fabmob.yaml")).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(Manifest.Publications.Count, publications.Count);
        Assert.All(publications, p => Assert.Equal(["id_wiki", "date", "description"], p.Keys));
        Assert.Equal(Manifest.Publications.Select(p => p.Date), publications.Select(p => (string?)p["date"]));
        Assert.Contains(Manifest.Publications, p => Regex.IsMatch(p.Date, @"^(Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre) \d{4}$"));
        Assert.Contains(Manifest.Publications, p => !Regex.IsMatch(p.Date, @"^\p{Lu}\p{Ll}+ \d{4}$") || p.Date.StartsWith("Printemps", StringComparison.Ordinal));

        var missions = Assert.IsType<List<object?>>(Load("contenu/mecenat-competences.yaml")).Cast<Dictionary<string, object?>>().ToList();
        Assert.Equal(Manifest.Missions.Count, missions.Count);
        Assert.All(missions, m => Assert.Equal(["titre", "id", "description", "commun", "poste", "image", "url"], m.Keys));
        Assert.Equal(Manifest.Missions.Select(m => m.Description), missions.Select(m => (string?)m["description"]));
        Assert.All(Manifest.Missions, m => Assert.Contains("\n\n- ", m.Description, StringComparison.Ordinal));
        Assert.InRange(Manifest.Missions.Select(m => m.Commun).Distinct().Count(), 3, 6);
        Assert.InRange(Manifest.Missions.Select(m => m.Post).Distinct().Count(), 3, 6);
        Assert.All(Manifest.Missions.Where(m => m.Image.StartsWith('/')), m => Assert.True(File.Exists(tree.FullPath(m.Image[1..])), m.Image));
    }

    [Fact]
    public void The_react_app_s_own_files_sit_at_the_root()
    {
        Assert.Equal(["README.md", "package.json", "src/App.js", "public/index.html", ".gitignore", ".github/workflows/deploy.yml"], Manifest.IgnoredFiles);
        Assert.All(Manifest.IgnoredFiles, f => Assert.True(File.Exists(tree.FullPath(f)), f));
    }

    private object? Load(string path)
    {
        var node = new YamlDocumentReader(new ContentLimits()).Load(tree.Read(path), path, 1, out var error);
        Assert.Null(error);
        return YamlDocumentReader.ToValue(node!);
    }

    private static SortedDictionary<string, string> Hashes(string root) => new(
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static string Normalised(string text) => text.TrimStart('\uFEFF').ReplaceLineEndings("\n");

    private static string FrontMatter(string text)
    {
        text = Normalised(text);
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        return text[4..(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)];
    }

    private static string Body(string text)
    {
        text = Normalised(text);
        return text.StartsWith("---\n", StringComparison.Ordinal) ? text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..] : text;
    }

    private static int Words(string text) => AssociationRepositoryMarkdown.CountWords(text);

    /// <summary>Pictures as written in a Markdown or YAML file: <c>![](…)</c>, <c>&lt;img src&gt;</c>, <c>image:</c> and <c>picture:</c> values.</summary>
    private static IEnumerable<string> PictureReferences(string text)
    {
        text = Normalised(text);
        foreach (Match m in MarkdownPicture().Matches(text))
        {
            yield return m.Groups[1].Value;
        }

        foreach (Match m in HtmlPicture().Matches(text))
        {
            yield return m.Groups[1].Value;
        }

        foreach (Match m in YamlPicture().Matches(text))
        {
            yield return m.Groups[1].Value.Trim().Trim('"', '\'');
        }
    }

    /// <summary>The repository path a picture or link written in <paramref name="source"/> leads to; null for an outside URL.</summary>
    private static string? Resolve(string source, string written)
    {
        if (written.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var decoded = Uri.UnescapeDataString(written.Trim('<', '>'));
        if (decoded.StartsWith('/'))
        {
            return decoded[1..];
        }

        var segments = source.Split('/')[..^1].ToList();
        foreach (var segment in decoded.Split('/'))
        {
            if (segment == "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Single newlines between two lines of paragraph text (not headings, list items, HTML or pictures).</summary>
    private static int ProseLineBreaks(string body)
    {
        static bool Prose(string line) => line.Length > 0 && !ProseExclusion().IsMatch(line);
        var lines = body.Split('\n');
        return Enumerable.Range(0, lines.Length - 1).Count(k => Prose(lines[k]) && Prose(lines[k + 1]));
    }

    [GeneratedRegex(@"!\[[^\]]*\]\((<[^>]+>|[^)\s]+)\)")]
    private static partial Regex MarkdownPicture();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex HtmlPicture();

    [GeneratedRegex(@"(?m)^\s*-?\s*(?:image|picture)\s*:\s*(\S.*)$")]
    private static partial Regex YamlPicture();

    [GeneratedRegex("<iframe src=\"(?<src>[^\"]+)\"[^>]*>")]
    private static partial Regex IframeSource();

    [GeneratedRegex("<iframe [^>]*/>")]
    private static partial Regex SelfClosingIframe();

    [GeneratedRegex(@"^(#|- |\d+\. |<|!\[)")]
    private static partial Regex ProseExclusion();
}
