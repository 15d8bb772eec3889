using System.Text;
using FabMob.Content.Editing;
using FabMob.Content.Tests.Fixtures;

namespace FabMob.Content.Tests.Editing;

/// <summary>
/// The editor's promise over many front matters: opened and written back unchanged, a file is the same
/// bytes; with one field changed, the site's own reader reads the new value, every other field, key and
/// the body as before, and only the lines of that field's entry differ.
/// </summary>
public sealed class FrontMatterRoundTripPropertyTests(AssociationRepositoryTree repository) : IClassFixture<AssociationRepositoryTree>
{
    private const int GeneratedCount = 400;
    private static readonly ContentLimits Limits = new();

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 8)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_front_matters_round_trip_byte_for_byte_and_change_one_field_at_a_time(int batch)
    {
        var checkedEdits = 0;
        for (var seed = batch * GeneratedCount / 8; seed < (batch + 1) * GeneratedCount / 8; seed++)
        {
            checkedEdits += CheckFile(FrontMatterShapes.Document(seed), $"généré-{seed}.md", new Random(seed * 31 + 7));
        }

        Assert.True(checkedEdits >= GeneratedCount / 8 * 10, $"{checkedEdits} changements vérifiés");
    }

    [Fact]
    public void Every_file_of_the_association_repository_round_trips_and_changes_one_field_at_a_time()
    {
        var files = Directory.EnumerateFiles(Path.Combine(repository.Root, "contenu"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 200, $"{files.Count} fichiers");

        var checkedEdits = 0;
        var random = new Random(17);
        foreach (var file in files)
        {
            // Decoded as the site reads it: a BOM stays in the text.
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            checkedEdits += CheckFile(text, Path.GetRelativePath(repository.Root, file), random);
        }

        Assert.Equal(files.Count * Enum.GetValues<FrontMatterField>().Length, checkedEdits);
    }

    /// <summary>Checks the unchanged write and one change of each field; returns how many changes were checked.</summary>
    private static int CheckFile(string text, string name, Random random)
    {
        var reader = new FrontMatterReader(Limits);
        var original = reader.Read(text, name);
        var document = FrontMatterDocument.Parse(text, name, Limits);
        Assert.Equal(text, document.Write(document.Fields, document.Body));

        var count = 0;
        foreach (var field in Enum.GetValues<FrontMatterField>())
        {
            var value = FrontMatterShapes.Value(random, field, document.Fields.Draft);
            var wanted = With(document.Fields, field, value).Normalized();
            string written;
            try
            {
                written = document.Write(wanted, document.Body);
            }
            catch (FrontMatterEditException e)
            {
                Assert.Fail($"{name}, {field} = « {value} » : refusé ({e.Refusal}) {e.Message}\n{text}");
                throw;
            }

            var read = reader.Read(written, name);
            var context = $"{name}, {field} = « {value} »\n--- avant\n{text}\n--- après\n{written}";
            Assert.False(read.IsRejected, context);
            var got = Fields(read.FrontMatter, wanted.Date);
            foreach (var other in Enum.GetValues<FrontMatterField>().Where(f => f != FrontMatterField.Date))
            {
                var expected = other == field ? wanted.Value(other) : document.Fields.Value(other);
                Assert.True(ArticleFields.SameValue(expected, got.Value(other)), $"{other} : {context}");
            }

            var expectedDate = field == FrontMatterField.Date
                ? (wanted.Date is null ? null : ContentDate.TryParse(wanted.Date, out var d) ? d : throw new InvalidOperationException())
                : original.FrontMatter.Date;
            Assert.True(expectedDate == read.FrontMatter.Date, $"date : {context}");
            Assert.Equal(original.Body, read.Body);
            Assert.True(PlainValues.Equal(original.FrontMatter.Params, read.FrontMatter.Params), $"autres clés : {context}");
            Assert.Equal(original.FrontMatter.Description, read.FrontMatter.Description);
            Assert.Equal(original.FrontMatter.Weight, read.FrontMatter.Weight);
            Assert.Equal(original.FrontMatter.Layout, read.FrontMatter.Layout);
            OnlyTheFieldsLinesDiffer(text, written, field, context);
            Assert.Equal(text.StartsWith('\uFEFF'), written.StartsWith('\uFEFF'));
            Assert.Equal(text.Contains("\r\n", StringComparison.Ordinal), written.Contains("\r\n", StringComparison.Ordinal) || !text.Contains('\n', StringComparison.Ordinal));

            // Opened again, the file is as the form left it.
            var again = FrontMatterDocument.Parse(written, name, Limits);
            Assert.True(ArticleFields.SameValue(wanted.Value(field), again.Fields.Value(field)) || field == FrontMatterField.Date && wanted.Date is null,
                $"rouvert : {context}");
            Assert.Equal(written, again.Write(again.Fields, again.Body));
            count++;
        }

        return count;
    }

    /// <summary>Between the lines both texts start and end with, the original holds no other top-level key than the field's own.</summary>
    private static void OnlyTheFieldsLinesDiffer(string before, string after, FrontMatterField field, string context)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        foreach (var line in a[prefix..^suffix])
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] is '-' or '#' || colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim().Trim('\uFEFF');
            var owned = FrontMatterFieldKeys.Of(key) == field ||
                        FrontMatterFieldKeys.IsTaxonomy(key) && field is FrontMatterField.Tags or FrontMatterField.Categories;
            Assert.True(owned, $"ligne « {line} » réécrite : {context}");
        }
    }

    private static ArticleFields Fields(FrontMatter read, string? date) => new ArticleFields
    {
        Title = read.Title,
        Date = date,
        Summary = read.Summary,
        Authors = read.Authors,
        Tags = read.Tags,
        Categories = read.Categories,
        Image = read.Image,
        Draft = read.Draft,
        Slug = read.Slug,
        Aliases = read.Aliases,
    }.Normalized();

    private static ArticleFields With(ArticleFields fields, FrontMatterField field, object? value) => field switch
    {
        FrontMatterField.Title => fields with { Title = (string?)value },
        FrontMatterField.Date => fields with { Date = (string?)value },
        FrontMatterField.Summary => fields with { Summary = (string?)value },
        FrontMatterField.Authors => fields with { Authors = (IReadOnlyList<string>)value! },
        FrontMatterField.Tags => fields with { Tags = (IReadOnlyList<string>)value! },
        FrontMatterField.Categories => fields with { Categories = (IReadOnlyList<string>)value! },
        FrontMatterField.Image => fields with { Image = (string?)value },
        FrontMatterField.Draft => fields with { Draft = (bool)value! },
        FrontMatterField.Slug => fields with { Slug = (string?)value },
        FrontMatterField.Aliases => fields with { Aliases = (IReadOnlyList<string>)value! },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
