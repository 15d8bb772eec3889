using System.Text;

namespace FabMob.Content.Tests;

public sealed class ContentFileReaderTests : IDisposable
{
    private readonly TempContentTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private string? Read(string relativePath, out ContentError? error, ContentLimits? limits = null) =>
        ContentFileReader.ReadText(_tree.File(relativePath), limits ?? new ContentLimits(), out error);

    [Fact]
    public void Utf8_text_is_read()
    {
        _tree.Write("à-propos.md", "# À propos\n\nLa FabMob réunit…\n");

        var text = Read("à-propos.md", out var error);

        Assert.Null(error);
        Assert.Equal("# À propos\n\nLa FabMob réunit…\n", text);
    }

    [Fact]
    public void Reading_into_a_buffer_large_enough_keeps_that_buffer_and_counts_the_files_bytes()
    {
        _tree.Write("page.md", "# Été\n");
        var buffer = new byte[64];
        var given = buffer;

        var length = ContentFileReader.ReadInto(_tree.File("page.md"), new ContentLimits(), ref buffer, out var error);

        Assert.Null(error);
        Assert.Same(given, buffer);
        Assert.Equal("# Été\n", Encoding.UTF8.GetString(buffer, 0, length));
    }

    [Fact]
    public void Reading_into_a_buffer_too_small_gives_a_larger_one_with_the_whole_file()
    {
        var text = string.Concat(Enumerable.Repeat("mobilité ", 100));
        _tree.Write("page.md", text);
        var buffer = new byte[16];

        var length = ContentFileReader.ReadInto(_tree.File("page.md"), new ContentLimits(), ref buffer, out var error);

        Assert.Null(error);
        Assert.True(buffer.Length >= length);
        Assert.Equal(text, Encoding.UTF8.GetString(buffer, 0, length));
    }

    [Fact]
    public void Reading_into_a_buffer_refuses_a_file_past_the_size_limit_with_its_error()
    {
        _tree.Write("gros.md", new string('a', 2048));
        var buffer = new byte[16];

        var length = ContentFileReader.ReadInto(_tree.File("gros.md"), new ContentLimits { MaxFileBytes = 1024 }, ref buffer, out var error);

        Assert.Equal(-1, length);
        Assert.NotNull(error);
        Assert.Contains("trop gros", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        _tree.WriteBytes("page.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitre: Été\n---\n")]);

        var text = Read("page.md", out var error);

        Assert.Null(error);
        Assert.NotNull(text);
        Assert.Equal("---\ntitre: Été\n---\n", text.TrimStart('\uFEFF'));
        Assert.Equal("Été", new FrontMatterReader(new ContentLimits()).Read(text, "page.md").FrontMatter.Title);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_refused_as_binary()
    {
        _tree.WriteBytes("image.md", [.. Encoding.UTF8.GetBytes("PNG\nab"), 0, 1, 2]);

        var text = Read("image.md", out var error);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal("image.md", error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Contains("binaire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_is_refused_as_binary()
    {
        _tree.WriteBytes("utf16.md", Encoding.Unicode.GetBytes("# Titre\n"));

        Assert.Null(Read("utf16.md", out var error));
        Assert.NotNull(error);
        Assert.Contains("binaire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_bytes_are_refused_with_the_line_of_the_bad_byte()
    {
        _tree.WriteBytes("ancien.md", Encoding.Latin1.GetBytes("# Titre\r\n\r\nCafé au lait\r\n"));

        var text = Read("ancien.md", out var error);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal("ancien.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_utf8_sequence_at_the_end_is_refused()
    {
        _tree.WriteBytes("coupé.md", [.. Encoding.UTF8.GetBytes("Caf"), 0xC3]);

        Assert.Null(Read("coupé.md", out var error));
        Assert.NotNull(error);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused()
    {
        var limits = new ContentLimits { MaxFileBytes = 2048 };
        _tree.Write("gros.md", new string('a', 2049));

        var text = Read("gros.md", out var error, limits);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal(1, error.Line);
        Assert.Contains("trop gros", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_exactly_at_the_size_limit_is_read()
    {
        var limits = new ContentLimits { MaxFileBytes = 2048 };
        _tree.Write("juste.md", new string('a', 2048));

        Assert.Equal(2048, Read("juste.md", out var error, limits)?.Length);
        Assert.Null(error);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var text = Read("absent.md", out var error);

        Assert.Null(text);
        Assert.NotNull(error);
        Assert.Equal("absent.md", error.File);
        Assert.Contains("lecture impossible", error.Message, StringComparison.Ordinal);
    }
}
