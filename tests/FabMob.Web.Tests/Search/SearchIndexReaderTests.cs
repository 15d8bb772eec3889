using FabMob.Web.Search;
using Microsoft.Data.Sqlite;

namespace FabMob.Web.Tests.Search;

/// <summary>Lists of row ids read from one text, on real SQLite.</summary>
public sealed class SearchIndexReaderTests
{
    [Theory]
    [InlineData("3,17,42", true, new[] { 3, 17, 42 })]
    [InlineData("42,3,17", true, new[] { 3, 17, 42 })]
    [InlineData("42,3,17", false, new[] { 42, 3, 17 })]
    [InlineData("7", true, new[] { 7 })]
    public void A_list_read_as_one_text_is_every_id_and_in_order_when_asked(string text, bool sorted, int[] expected)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $q";
        command.Parameters.Add("$q", SqliteType.Text);

        Assert.Equal(expected, SearchIndexReader.IdList(command, text, sorted));
    }

    [Fact]
    public void No_match_is_an_empty_list()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(x) FROM (SELECT 1 AS x WHERE $q = 'jamais')";
        command.Parameters.Add("$q", SqliteType.Text);

        Assert.Empty(SearchIndexReader.IdList(command, "rien", sorted: true));
    }
}
