using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace FabMob.Web.Tests.Search;

/// <summary>The index follows the content: a page added, changed or removed is found, or not, a moment later.</summary>
public sealed class SearchIndexReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly SearchSite _site = new();

    [Fact]
    public async Task A_new_page_is_found_an_edit_is_followed_and_a_removal_forgotten()
    {
        Assert.Empty(await _site.AllResultsAsync("ornithoptère"));

        _site.Content.Write("nouveautes/machine.md", "---\ntitre: Machine volante\n---\n\nUn ornithoptère à pédales.\n");
        await EventuallyAsync("ornithoptere", found => found.SequenceEqual(["/nouveautes/machine"]));

        _site.Content.Write("nouveautes/machine.md", "---\ntitre: Machine volante\n---\n\nUn hydroglisseur à pédales.\n");
        await EventuallyAsync("hydroglisseur", found => found.SequenceEqual(["/nouveautes/machine"]));
        Assert.Empty(await _site.AllResultsAsync("ornithoptère"));

        File.Delete(_site.Content.PathOf("nouveautes/machine.md"));
        await EventuallyAsync("hydroglisseur", found => found.Count == 0);
        Assert.Equal(["/transports/titre"], await _site.AllResultsAsync("tramway demain"));
    }

    [Fact]
    public async Task The_index_is_built_at_start_and_logged()
    {
        await _site.SearchAsync("vélo");

        var built = await _site.Factory.Logs.WaitForAsync(e => e.Message.Contains("Index de recherche construit", StringComparison.Ordinal));
        Assert.Contains(built, e => e.Level == LogLevel.Information);
    }

    private async Task EventuallyAsync(string query, Func<List<string>, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        List<string> found;
        do
        {
            found = await _site.AllResultsAsync(query);
            if (condition(found))
            {
                return;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"« {query} » did not reach the expected results within {Patience.TotalSeconds} s; last: {string.Join(", ", found)}");
    }

    public void Dispose() => _site.Dispose();
}
