using System.Text;
using FabMob.Web.Export;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Commands;

/// <summary>The export's file writer: new files created once, older ones replaced whole, fallbacks never written over a file.</summary>
public sealed class ExportFileWriterTests : IDisposable
{
    private readonly TempSite _output = TempSite.Empty();

    [Fact]
    public void A_file_is_written_with_its_folders()
    {
        var writer = new ExportFileWriter(_output.Root);

        writer.Write("blog/genese/index.html", "<p>genèse</p>"u8);
        writer.Write("blog/autre/index.html", "<p>autre</p>"u8);

        Assert.Equal("<p>genèse</p>", File.ReadAllText(_output.PathOf("blog/genese/index.html")));
        Assert.Equal("<p>autre</p>", File.ReadAllText(_output.PathOf("blog/autre/index.html")));
    }

    [Fact]
    public void A_longer_file_left_by_an_older_export_is_replaced_with_no_bytes_left_over()
    {
        _output.Write("blog/genese/index.html", new string('x', 100_000));
        var writer = new ExportFileWriter(_output.Root);

        writer.Write("blog/genese/index.html", "<p>court</p>"u8);

        Assert.Equal("<p>court</p>", File.ReadAllText(_output.PathOf("blog/genese/index.html")));
    }

    [Fact]
    public void A_new_only_file_is_not_written_over_a_file_already_there()
    {
        var writer = new ExportFileWriter(_output.Root);
        writer.Write("blog/genese/index.html", "<p>la page</p>"u8);

        var written = writer.WriteNew("blog/genese/index.html", "<meta http-equiv=\"refresh\">"u8);
        var fallback = writer.WriteNew("blog/2015/genese/index.html", "<meta http-equiv=\"refresh\">"u8);

        Assert.False(written);
        Assert.True(fallback);
        Assert.Equal("<p>la page</p>", File.ReadAllText(_output.PathOf("blog/genese/index.html")));
        Assert.Equal("<meta http-equiv=\"refresh\">", File.ReadAllText(_output.PathOf("blog/2015/genese/index.html")));
    }

    [Fact]
    public void A_copy_replaces_an_older_copy_and_keeps_the_source_s_write_time()
    {
        using var source = TempSite.Empty();
        source.Write("schema.png", "nouvelle image");
        var written = new DateTime(2015, 3, 24, 17, 42, 12, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(source.PathOf("schema.png"), written);
        _output.Write("blog/2015/images/schema.png", "ancienne image, plus longue que la nouvelle");
        var writer = new ExportFileWriter(_output.Root);

        writer.Copy(source.PathOf("schema.png"), "blog/2015/images/schema.png");
        writer.Copy(source.PathOf("schema.png"), "blog/2016/images/schema.png");

        Assert.Equal("nouvelle image", File.ReadAllText(_output.PathOf("blog/2015/images/schema.png"), Encoding.UTF8));
        Assert.Equal("nouvelle image", File.ReadAllText(_output.PathOf("blog/2016/images/schema.png"), Encoding.UTF8));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_output.PathOf("blog/2016/images/schema.png")));
    }

    public void Dispose() => _output.Dispose();
}
