using FabMob.Web.Commands;
using FabMob.Web.Tests.Infrastructure;

namespace FabMob.Web.Tests.Editing;

/// <summary>The static export never writes the editor, even with accounts configured.</summary>
public sealed class EditionExportTests : IDisposable
{
    private readonly TempSite _output = TempSite.Empty();

    [Fact]
    public async Task With_accounts_configured_the_export_writes_nothing_of_the_editor()
    {
        using var content = TempSite.FromFixture("collections");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await ExportCommand.RunAsync(
        [
            _output.Root, $"--Site:ContentPath={content.Root}",
            "--Edition:Accounts:0:Name=Alice", $"--Edition:Accounts:0:Email={EditionSite.AliceEmail}",
            "--Edition:Accounts:0:Role=rédaction", $"--Edition:Accounts:0:PasswordHash={EditionSite.PasswordHash}",
        ], output, errors);

        Assert.True(status == 0, errors.ToString());
        Assert.True(File.Exists(_output.PathOf("blog/genese/index.html")) || File.Exists(_output.PathOf("blog/genese.html")),
            string.Join('\n', Directory.GetFiles(_output.Root, "*", SearchOption.AllDirectories).Take(20)));
        Assert.Empty(Directory.GetFileSystemEntries(_output.Root, "*_edition*", SearchOption.AllDirectories));
        Assert.DoesNotContain(Directory.GetFiles(_output.Root, "*.html", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("/_edition", StringComparison.Ordinal));
    }

    public void Dispose() => _output.Dispose();
}
