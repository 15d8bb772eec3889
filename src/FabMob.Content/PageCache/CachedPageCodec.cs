using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Rendering;

namespace FabMob.Content.PageCache;

/// <summary>
/// A <see cref="CachedPage"/> as the payload of a cache record, and back:
/// <c>head (<see cref="PageRecordHead"/>, 16 bytes) | fields | HTML | text</c>. The fields are the small ones
/// in a compact binary encoding (<see cref="PageRecordWriter"/>, the front matter's other values through
/// <see cref="YamlValueCodec"/>); the HTML is the page's UTF-8 as it is, the text the <see cref="BodyText"/>'s
/// bytes as it holds them (Brotli), so that loading copies both as they are (into <see cref="PageSlabs"/>) and decodes neither.
/// </summary>
internal static class CachedPageCodec
{
    // The smallest a link (two strings, a flag, line and column), a finding or a lookup can be written in.
    private const int LinkBytes = 11;
    private const int FindingBytes = 11;
    private const int LookupBytes = 2;
    private const int AliasBytes = 3;

    public static byte[] Encode(CachedPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var fields = new PageRecordWriter();
        WriteFields(fields, page);

        // One look at the text: it may be let go meanwhile (then the page is stored without it, as one whose text was never collected).
        var textLength = 0;
        var textBytes = ReadOnlyMemory<byte>.Empty;
        var hasText = page.Text is { } text && text.TryGetStored(out textLength, out textBytes);

        var payload = new byte[PageRecordHead.Size + fields.Length + page.Html.Length + textBytes.Length];
        new PageRecordHead(fields.Length, page.Html.Length, hasText ? textBytes.Length : -1, textLength).Write(payload);
        fields.Written.CopyTo(payload.AsSpan(PageRecordHead.Size));
        page.Html.Span.CopyTo(payload.AsSpan(PageRecordHead.Size + fields.Length));
        textBytes.Span.CopyTo(payload.AsSpan(PageRecordHead.Size + fields.Length + page.Html.Length));
        return payload;
    }

    /// <summary>A whole payload read back, its HTML and text copied into arrays of their own (tests, tools).</summary>
    public static CachedPage? Decode(ReadOnlySpan<byte> payload) => Decode(payload, new PageSlabs(), new PageSlabs());

    /// <summary>
    /// A whole payload read back, or null when its lengths, tags or values do not add up (never an exception). The
    /// fields are decoded first; only a page that adds up has its HTML copied into <paramref name="htmlSlabs"/> and its
    /// text into <paramref name="textSlabs"/>. Apart, because they do not live as long: the search index releases every
    /// page's text once it has it (<see cref="BodyText.Release"/>), and a text slab shared with HTML would stay with it.
    /// </summary>
    public static CachedPage? Decode(ReadOnlySpan<byte> payload, PageSlabs htmlSlabs, PageSlabs textSlabs)
    {
        ArgumentNullException.ThrowIfNull(htmlSlabs);
        ArgumentNullException.ThrowIfNull(textSlabs);
        if (!PageRecordHead.TryRead(payload, payload.Length, out var head))
        {
            return null;
        }

        var reader = new PageRecordReader(payload.Slice(PageRecordHead.Size, head.FieldsLength));
        var page = ReadFields(ref reader);
        if (!reader.EndedCleanly || (head.TextBytes >= 0 && head.TextBytes > head.TextLength))
        {
            return null;
        }

        // TryRead checked that the head, the fields, the HTML and the text are the whole payload.
        var stored = payload[(PageRecordHead.Size + head.FieldsLength)..];
        var html = htmlSlabs.Copy(stored[..head.HtmlLength]);
        var text = head.TextBytes < 0 ? null : BodyText.FromStored(head.TextLength, textSlabs.Copy(stored[head.HtmlLength..]));
        return page with { Html = html, Text = text };
    }

    private static void WriteFields(PageRecordWriter writer, CachedPage page)
    {
        writer.WriteString(page.SourcePath);
        writer.WriteHash(page.SourceHash);
        writer.WriteString(page.Url);
        writer.WriteString(page.Title);
        writer.WriteString(page.Description);
        writer.WriteString(page.Summary);
        writer.WriteBool(page.HasOwnHeading);
        writer.WriteString(page.Collection);
        writer.WriteString(page.Cover);
        writer.WriteInt32(page.WordCount);
        WriteFrontMatter(writer, page.FrontMatter);

        writer.WriteCount(page.Links.Count);
        foreach (var link in page.Links)
        {
            writer.WriteString(link.Written);
            writer.WriteString(link.Resolved);
            writer.WriteBool(link.IsImage);
            writer.WriteInt32(link.Line);
            writer.WriteInt32(link.Column);
        }

        writer.WriteCount(page.FileFindings.Count);
        foreach (var finding in page.FileFindings)
        {
            writer.WriteString(finding.File);
            writer.WriteInt32(finding.Line);
            writer.WriteInt32(finding.Column);
            writer.WriteByte((byte)finding.Severity);
            writer.WriteString(finding.Message);
        }

        writer.WriteCount(page.LinkLookups.Count);
        foreach (var (source, answer) in page.LinkLookups)
        {
            writer.WriteString(source);
            writer.WriteString(answer);
        }

        writer.WriteBool(page.Keys is not null);
        if (page.Keys is { } keys)
        {
            writer.WriteString(keys.Url);
            writer.WriteString(keys.LooseUrl);
            WriteStrings(writer, keys.Raw);
            writer.WriteCount(keys.Aliases.Count);
            foreach (var (alias, path, loosePath) in keys.Aliases)
            {
                writer.WriteString(alias);
                writer.WriteString(path);
                writer.WriteString(loosePath);
            }
        }
    }

    private static CachedPage ReadFields(ref PageRecordReader reader)
    {
        var page = new CachedPage
        {
            SourcePath = reader.ReadString(),
            SourceHash = reader.ReadHash(),
            Url = reader.ReadString(),
            Title = reader.ReadString(),
            Description = reader.ReadString(),
            Summary = reader.ReadString(),
            HasOwnHeading = reader.ReadBool(),
            Collection = reader.ReadNullableString(),
            Cover = reader.ReadNullableString(),
            WordCount = reader.ReadInt32(),
            FrontMatter = ReadFrontMatter(ref reader),
        };

        var links = new PageLink[reader.ReadItemCount(LinkBytes)];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new PageLink(reader.ReadString(), reader.ReadString(), reader.ReadBool(), reader.ReadInt32(), reader.ReadInt32());
        }

        var findings = new ContentError[reader.ReadItemCount(FindingBytes)];
        for (var i = 0; i < findings.Length; i++)
        {
            var file = reader.ReadString();
            var line = reader.ReadInt32();
            var column = reader.ReadInt32();
            var severity = (ContentSeverity)reader.ReadByte();
            if (!Enum.IsDefined(severity))
            {
                reader.Fail();
            }

            findings[i] = new ContentError(file, line, column, severity, reader.ReadString());
        }

        var lookups = new KeyValuePair<string, string?>[reader.ReadItemCount(LookupBytes)];
        for (var i = 0; i < lookups.Length; i++)
        {
            lookups[i] = new KeyValuePair<string, string?>(reader.ReadString(), reader.ReadNullableString());
        }

        return page with { Links = links, FileFindings = findings, LinkLookups = lookups, Keys = reader.ReadBool() ? ReadKeys(ref reader) : null };
    }

    private static PlacementKeys ReadKeys(ref PageRecordReader reader)
    {
        var url = reader.ReadNullableString();
        var looseUrl = reader.ReadString();
        var raw = ReadStrings(ref reader);
        var aliases = new (string Alias, string Path, string LoosePath)[reader.ReadItemCount(AliasBytes)];
        for (var i = 0; i < aliases.Length; i++)
        {
            aliases[i] = (reader.ReadString(), reader.ReadString(), reader.ReadString());
        }

        return new PlacementKeys(url, looseUrl, raw, aliases);
    }

    private static void WriteFrontMatter(PageRecordWriter writer, FrontMatter front)
    {
        writer.WriteString(front.Title);
        writer.WriteString(front.Description);
        writer.WriteString(front.Summary);
        writer.WriteBool(front.Date is not null);
        if (front.Date is { } date)
        {
            writer.WriteInt64(date.Ticks);
            writer.WriteInt32((int)date.Offset.TotalMinutes);
        }

        WriteStrings(writer, front.Authors);
        writer.WriteString(front.Image);
        WriteStrings(writer, front.Tags);
        WriteStrings(writer, front.Categories);
        writer.WriteBool(front.Draft);
        writer.WriteString(front.Slug);
        WriteStrings(writer, front.Aliases);
        writer.WriteString(front.Layout);
        writer.WriteString(front.Menu);
        writer.WriteBool(front.Weight is not null);
        if (front.Weight is { } weight)
        {
            writer.WriteInt32(weight);
        }

        YamlValueCodec.WriteMapBody(writer, front.Params);
    }

    private static FrontMatter ReadFrontMatter(ref PageRecordReader reader) => new()
    {
        Title = reader.ReadNullableString(),
        Description = reader.ReadNullableString(),
        Summary = reader.ReadNullableString(),
        Date = reader.ReadBool() ? ReadDate(ref reader) : null,
        Authors = ReadStrings(ref reader),
        Image = reader.ReadNullableString(),
        Tags = ReadStrings(ref reader),
        Categories = ReadStrings(ref reader),
        Draft = reader.ReadBool(),
        Slug = reader.ReadNullableString(),
        Aliases = ReadStrings(ref reader),
        Layout = reader.ReadNullableString(),
        Menu = reader.ReadNullableString(),
        Weight = reader.ReadBool() ? reader.ReadInt32() : null,
        Params = YamlValueCodec.ReadMapBody(ref reader),
    };

    /// <summary>A date (clock ticks and offset in minutes); out of range fails the record rather than throwing.</summary>
    private static DateTimeOffset? ReadDate(ref PageRecordReader reader)
    {
        var ticks = reader.ReadInt64();
        var minutes = reader.ReadInt32();
        var utc = ticks - (minutes * TimeSpan.TicksPerMinute);
        if (minutes is < -14 * 60 or > 14 * 60 || ticks < 0 || ticks > DateTime.MaxValue.Ticks || utc < 0 || utc > DateTime.MaxValue.Ticks)
        {
            reader.Fail();
            return null;
        }

        return new DateTimeOffset(ticks, TimeSpan.FromMinutes(minutes));
    }

    private static void WriteStrings(PageRecordWriter writer, IReadOnlyList<string> values)
    {
        writer.WriteCount(values.Count);
        foreach (var value in values)
        {
            writer.WriteString(value);
        }
    }

    private static string[] ReadStrings(ref PageRecordReader reader)
    {
        var values = new string[reader.ReadItemCount()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
