using System.Buffers.Binary;
using System.Reflection;
using FabMob.Content.PageCache;

namespace FabMob.Content.Tests.PageCache;

/// <summary>A cached page as a record's payload and back: every property, and nothing forged gets through.</summary>
public sealed class CachedPageCodecTests
{
    private static readonly DateTimeOffset Date = new(2021, 3, 4, 17, 42, 12, 345, TimeSpan.FromHours(2));

    private static CachedPage Sample() => new()
    {
        SourcePath = "blog/2021/vélo.md",
        SourceHash = new ContentHash(0x0123456789ABCDEF, 0xFEDCBA9876543210),
        Url = "/blog/vélo",
        FrontMatter = new FrontMatter
        {
            Title = "Vélo",
            Description = "Une description",
            Summary = "Un résumé",
            Date = Date,
            Authors = ["Anne", "Bruno"],
            Image = "images/vélo.png",
            Tags = ["vélo", "ville"],
            Categories = ["mobilité"],
            Draft = true,
            Slug = "bicyclette",
            Aliases = ["/ancien", "/autre"],
            Layout = "article",
            Menu = "principal",
            Weight = -3,
            Params = new Dictionary<string, object?>(StringComparer.Ordinal) { ["note"] = 2.0, ["rang"] = 3L, ["liste"] = new List<object?> { "a", null } },
        },
        Title = "Vélo en ville",
        Description = "Le vélo",
        Summary = "Le vélo en ville.",
        Html = "<h1>Vélo</h1><p>Le vélo.</p>"u8.ToArray(),
        HasOwnHeading = true,
        Collection = "blog",
        Cover = "/blog/2021/images/vélo.png",
        WordCount = 1234,
        Links = [new PageLink("../index.md", "/", false, 7, 12), new PageLink("x.png", "/blog/2021/x.png", true, 9, 1)],
        FileFindings = [new ContentError("blog/2021/vélo.md", 3, 5, ContentSeverity.Warning, "lien vers une page absente")],
        LinkLookups = [new("index.md", "/"), new("absent.md", null)],
        Keys = new PlacementKeys("/blog/vélo", "/blog/velo", ["blog/2021/vélo.md", "blog/2021/vélo"], [("/ancien", "/ancien", "/ancien"), ("/Autre/", "/autre", "/autre")]),
        Text = new BodyText(["Vélo", "Partie"], string.Concat(Enumerable.Repeat("Le vélo en ville. ", 100))),
    };

    [Fact]
    public void Every_property_of_a_cached_page_comes_back_equal()
    {
        var page = Sample();

        var back = CachedPageCodec.Decode(CachedPageCodec.Encode(page));

        Assert.NotNull(back);
        // Every property is compared: one added to CachedPage must be added here (and to the codec).
        var compared = new HashSet<string>(StringComparer.Ordinal)
        {
            "SourcePath", "SourceHash", "Url", "FrontMatter", "Title", "Description", "Summary", "Html", "HasOwnHeading",
            "Collection", "Cover", "WordCount", "Links", "FileFindings", "LinkLookups", "Keys", "Text",
        };
        var properties = typeof(CachedPage).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.Name != "EqualityContract").Select(p => p.Name);
        Assert.Equal(compared.Order(), properties.Order());

        Assert.Equal(page.SourcePath, back.SourcePath);
        Assert.Equal(page.SourceHash, back.SourceHash);
        Assert.Equal(page.Url, back.Url);
        Assert.Equal(page.Title, back.Title);
        Assert.Equal(page.Description, back.Description);
        Assert.Equal(page.Summary, back.Summary);
        Assert.Equal(page.Html.ToArray(), back.Html.ToArray());
        Assert.Equal(page.HasOwnHeading, back.HasOwnHeading);
        Assert.Equal(page.Collection, back.Collection);
        Assert.Equal(page.Cover, back.Cover);
        Assert.Equal(page.WordCount, back.WordCount);
        Assert.Equal(page.Links, back.Links);
        Assert.Equal(page.FileFindings, back.FileFindings);
        Assert.Equal(page.LinkLookups, back.LinkLookups);
        Assert.Equal(page.Keys!.Url, back.Keys!.Url);
        Assert.Equal(page.Keys.LooseUrl, back.Keys.LooseUrl);
        Assert.Equal(page.Keys.Raw, back.Keys.Raw);
        Assert.Equal(page.Keys.Aliases, back.Keys.Aliases);
        Assert.True(back.Text!.TryRead(out var headings, out var body));
        Assert.True(page.Text!.TryRead(out var expectedHeadings, out var expectedBody));
        Assert.Equal(expectedHeadings, headings);
        Assert.Equal(expectedBody, body);

        var front = page.FrontMatter;
        var frontBack = back.FrontMatter;
        var frontProperties = typeof(FrontMatter).GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.Name is not "EqualityContract" and not "Params").ToList();
        Assert.All(frontProperties, p =>
        {
            var value = p.GetValue(front);
            Assert.False(value is null || Equals(value, false), $"FrontMatter.{p.Name} n'est pas renseigné dans l'exemple");
            if (value is System.Collections.IEnumerable items and not string)
            {
                Assert.Equal(items.Cast<object?>(), ((System.Collections.IEnumerable)p.GetValue(frontBack)!).Cast<object?>());
            }
            else
            {
                Assert.Equal(value, p.GetValue(frontBack));
            }
        });
        Assert.Equal(Date.Offset, frontBack.Date!.Value.Offset);
        Assert.Equal(front.Params.Keys, frontBack.Params.Keys);
        Assert.All(front.Params, pair => Assert.Equal(pair.Value, frontBack.Params[pair.Key]));
    }

    [Fact]
    public void A_page_without_optional_values_comes_back_without_them()
    {
        var page = Sample() with
        {
            FrontMatter = FrontMatter.Empty,
            Collection = null,
            Cover = null,
            Html = ReadOnlyMemory<byte>.Empty,
            Links = [],
            FileFindings = [],
            LinkLookups = [],
            Keys = null,
            Text = null,
        };

        var back = CachedPageCodec.Decode(CachedPageCodec.Encode(page))!;

        Assert.Null(back.Collection);
        Assert.Null(back.Cover);
        Assert.Null(back.Text);
        Assert.Null(back.Keys);
        Assert.True(back.Html.IsEmpty);
        Assert.Null(back.FrontMatter.Date);
        Assert.Null(back.FrontMatter.Weight);
        Assert.Null(back.FrontMatter.Title);
        Assert.Empty(back.FrontMatter.Params);
    }

    [Fact]
    public void A_released_text_is_stored_as_no_text()
    {
        var page = Sample();
        page.Text!.Release();

        Assert.Null(CachedPageCodec.Decode(CachedPageCodec.Encode(page))!.Text);
    }

    [Fact]
    public void Every_payload_cut_short_is_refused_without_throwing()
    {
        var payload = CachedPageCodec.Encode(Sample());

        for (var length = 0; length < payload.Length; length++)
        {
            Assert.Null(CachedPageCodec.Decode(payload.AsSpan(0, length)));
        }
    }

    [Fact]
    public void A_flipped_byte_anywhere_in_the_small_fields_never_throws()
    {
        // The checksum catches these in a file; the decoder must still hold when one gets through.
        var payload = CachedPageCodec.Encode(Sample());
        var fields = BinaryPrimitives.ReadInt32LittleEndian(payload);
        for (var at = 16; at < 16 + fields; at++)
        {
            foreach (var flip in new byte[] { 0x01, 0x80, 0xFF })
            {
                var forged = (byte[])payload.Clone();
                forged[at] ^= flip;
                _ = CachedPageCodec.Decode(forged);
            }
        }
    }

    [Theory]
    [InlineData(0, 1)] // fields claim one byte more
    [InlineData(4, int.MaxValue)] // HTML claims more than there is
    [InlineData(8, -2)] // a text length below « none »
    [InlineData(12, 1)] // compressed text longer than its UTF-8 length
    public void Lengths_in_the_head_that_do_not_add_up_are_refused(int offset, int value)
    {
        var payload = CachedPageCodec.Encode(Sample());
        var current = BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(offset));
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(offset), offset == 0 ? current + value : value);

        Assert.Null(CachedPageCodec.Decode(payload));
    }

    [Fact]
    public void A_date_out_of_range_is_refused_rather_than_thrown()
    {
        var page = Sample() with { FrontMatter = new FrontMatter { Date = DateTimeOffset.MaxValue } };
        var payload = CachedPageCodec.Encode(page);
        // The offset, in minutes, follows the ticks: make it 15 hours, which no DateTimeOffset has.
        var ticks = BitConverter.GetBytes(DateTimeOffset.MaxValue.Ticks);
        var at = payload.AsSpan().IndexOf(ticks) + 8;
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(at), 15 * 60);

        Assert.NotNull(CachedPageCodec.Decode(CachedPageCodec.Encode(page)));
        Assert.Null(CachedPageCodec.Decode(payload));
    }
}
