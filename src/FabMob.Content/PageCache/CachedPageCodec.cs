using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Rendering;
using FabMob.Content.Snapshot;

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
    public static CachedPage? Decode(ReadOnlySpan<byte> payload) =>
        Check(payload, new PageSlabs(), new PageSlabs(), new PageSlabs()) is { } record ? Decode(record) : null;

    /// <summary>
    /// A page record checked as far as a load checks it, or null when it is not one: its head's lengths add up to the
    /// payload, its source path and hash read. Only then are its fields copied into <paramref name="fieldSlabs"/>, its HTML
    /// into <paramref name="htmlSlabs"/> and its text into <paramref name="textSlabs"/> (apart, because they do not live
    /// as long: the search index releases every page's text once it has it, <see cref="BodyText.Release"/>, and the fields
    /// are let go with the loaded cache). The other fields are decoded by <see cref="Decode(StoredPageRecord)"/>.
    /// </summary>
    public static StoredPageRecord? Check(ReadOnlySpan<byte> payload, PageSlabs fieldSlabs, PageSlabs htmlSlabs, PageSlabs textSlabs)
    {
        ArgumentNullException.ThrowIfNull(fieldSlabs);
        ArgumentNullException.ThrowIfNull(htmlSlabs);
        ArgumentNullException.ThrowIfNull(textSlabs);
        if (!PageRecordHead.TryRead(payload, payload.Length, out var head) || (head.TextBytes >= 0 && head.TextBytes > head.TextLength))
        {
            return null;
        }

        var fields = payload.Slice(PageRecordHead.Size, head.FieldsLength);
        var reader = new PageRecordReader(fields);
        var sourcePath = reader.ReadString();
        var sourceHash = reader.ReadHash();
        if (reader.Failed)
        {
            return null;
        }

        // TryRead checked that the head, the fields, the HTML and the text are the whole payload.
        var stored = payload[(PageRecordHead.Size + head.FieldsLength)..];
        return new StoredPageRecord(sourcePath, sourceHash, fieldSlabs.Copy(fields), htmlSlabs.Copy(stored[..head.HtmlLength]),
            // Not a bare null: it would convert to an empty memory (through the array conversion), a text of nothing.
            head.TextLength, head.TextBytes < 0 ? (ReadOnlyMemory<byte>?)null : textSlabs.Copy(stored[head.HtmlLength..]));
    }

    /// <summary>
    /// The page of a checked record, or null when its fields' lengths, tags or values do not add up (never an exception):
    /// its file is then rendered again. Safe from any thread (the record is only read).
    /// </summary>
    public static CachedPage? Decode(StoredPageRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = record.Text is { } stored ? BodyText.FromStored(record.TextLength, stored) : null;
        if (record.Text is not null && text is null)
        {
            return null;
        }

        var reader = new PageRecordReader(record.Fields.Span, RecordStrings.ForRecord());
        reader.SkipString(); // the source path, read by Check
        reader.ReadHash();
        var page = ReadFields(ref reader, record.SourcePath, record.SourceHash, record.Html, text);
        return reader.EndedCleanly ? page : null;
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

    /// <summary>The fields after the source path and hash, and the page they make with its HTML and text (one object, no copies).</summary>
    private static CachedPage ReadFields(ref PageRecordReader reader, string sourcePath, ContentHash sourceHash,
        ReadOnlyMemory<byte> html, BodyText? text)
    {
        var url = reader.ReadString();
        var title = reader.ReadString();
        var description = reader.ReadString();
        var summary = reader.ReadString();
        var hasOwnHeading = reader.ReadBool();
        var collection = reader.ReadNullableString();
        var cover = reader.ReadNullableString();
        var wordCount = reader.ReadInt32();
        var frontMatter = ReadFrontMatter(ref reader);

        var links = reader.ReadItemCount(LinkBytes) is var linkCount and > 0 ? new PageLink[linkCount] : [];
        for (var i = 0; i < links.Length; i++)
        {
            links[i] = new PageLink(reader.ReadString(), reader.ReadString(), reader.ReadBool(), reader.ReadInt32(), reader.ReadInt32());
        }

        var findings = reader.ReadItemCount(FindingBytes) is var findingCount and > 0 ? new ContentError[findingCount] : [];
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

        var lookups = reader.ReadItemCount(LookupBytes) is var lookupCount and > 0 ? new KeyValuePair<string, string?>[lookupCount] : [];
        for (var i = 0; i < lookups.Length; i++)
        {
            lookups[i] = new KeyValuePair<string, string?>(reader.ReadString(), reader.ReadNullableString());
        }

        var keys = reader.ReadBool() ? ReadKeys(ref reader) : null;
        return new CachedPage
        {
            SourcePath = sourcePath,
            SourceHash = sourceHash,
            Url = url,
            Title = title,
            Description = description,
            Summary = summary,
            Html = html,
            HasOwnHeading = hasOwnHeading,
            Collection = collection,
            Cover = cover,
            WordCount = wordCount,
            FrontMatter = frontMatter,
            Links = links,
            FileFindings = findings,
            LinkLookups = lookups,
            Keys = keys,
            Text = text,
        };
    }

    private static PlacementKeys ReadKeys(ref PageRecordReader reader)
    {
        var url = reader.ReadNullableString();
        var looseUrl = reader.ReadString();
        var raw = ReadStrings(ref reader);
        var aliases = reader.ReadItemCount(AliasBytes) is var count and > 0 ? new (string Alias, string Path, string LoosePath)[count] : [];
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
        var values = reader.ReadItemCount() is var count and > 0 ? new string[count] : [];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
