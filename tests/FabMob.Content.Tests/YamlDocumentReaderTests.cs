using System.Diagnostics;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace FabMob.Content.Tests;

public class YamlDocumentReaderTests
{
    private static YamlNode? Load(string yaml, out ContentError? error, ContentLimits? limits = null) =>
        new YamlDocumentReader(limits ?? new ContentLimits()).Load(yaml, "_data/equipe.yaml", firstLine: 1, out error);

    /// <summary>The classic "billion laughs": nine levels of nine aliases, 9^9 values once expanded.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [")
                .AppendJoin(',', Enumerable.Repeat("*" + previous, 9)).Append("]\n");
        }

        return yaml.ToString();
    }

    [Fact]
    public void A_mapping_is_loaded()
    {
        var root = Load("nom: Alice\nrôle: présidente\n", out var error);

        Assert.Null(error);
        var mapping = Assert.IsType<YamlMappingNode>(root);
        Assert.Equal("présidente", ((YamlScalarNode)mapping.Children[new YamlScalarNode("rôle")]).Value);
    }

    [Fact]
    public void Empty_yaml_gives_no_node_and_no_error()
    {
        Assert.Null(Load("", out var error));
        Assert.Null(error);
    }

    [Fact]
    public void Error_lines_are_offset_by_the_first_line_of_the_yaml_in_the_file()
    {
        var reader = new YamlDocumentReader(new ContentLimits());

        var root = reader.Load("a: b\nc: d: e\n", "page.md", firstLine: 10, out var error);

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal("page.md", error.File);
        Assert.Equal(11, error.Line);
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.DoesNotContain("(Line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_quickly()
    {
        var stopwatch = Stopwatch.StartNew();

        var root = Load(BillionLaughs(), out var error);

        stopwatch.Stop();
        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Contains("trop de valeurs", error.Message, StringComparison.Ordinal);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Aliases_count_as_their_expanded_size()
    {
        var limits = new ContentLimits { MaxYamlNodes = 20 };
        const string WithAliases = "a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a]\n";
        const string SameNodesWithoutAliases = "a: [1, 2, 3, 4, 5]\nb: [1, 2, 3]\n";

        Assert.NotNull(Load(SameNodesWithoutAliases, out var plainError, limits));
        Assert.Null(plainError);
        Assert.Null(Load(WithAliases, out var aliasError, limits));
        Assert.NotNull(aliasError);
        Assert.Contains("trop de valeurs", aliasError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_node_limit_is_enforced()
    {
        var limits = new ContentLimits { MaxYamlNodes = 5 };

        Assert.NotNull(Load("[1, 2, 3, 4]", out var underError, limits));
        Assert.Null(underError);
        Assert.Null(Load("[1, 2, 3, 4, 5]", out var overError, limits));
        Assert.NotNull(overError);
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_refused_without_crashing()
    {
        var yaml = new string('[', 10_000) + new string(']', 10_000);

        var root = Load(yaml, out var error);

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Contains("imbrication trop profonde", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Deep_block_nesting_is_refused_too()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            yaml.Append(' ', i).Append("k:\n");
        }

        Assert.Null(Load(yaml.ToString(), out var error));
        Assert.NotNull(error);
        Assert.Contains("imbrication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depth_limit_is_exact()
    {
        var limits = new ContentLimits { MaxYamlDepth = 3 };

        Assert.NotNull(Load("a: [[1]]", out var atLimit, limits));
        Assert.Null(atLimit);
        Assert.Null(Load("a: [[[1]]]", out var overLimit, limits));
        Assert.NotNull(overLimit);
    }

    [Fact]
    public void A_self_referencing_alias_is_refused()
    {
        var root = Load("a: &boucle\n  b: *boucle\n", out var error);

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Contains("*boucle", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_self_referencing_alias_in_a_flow_list_is_refused()
    {
        Assert.Null(Load("- &a [1, *a]\n", out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_an_error_at_the_alias_line()
    {
        Assert.Null(Load("a: 1\nb: *inconnu\n", out var error));
        Assert.NotNull(error);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_alias_to_an_unknown_anchor_is_an_error()
    {
        Assert.Null(Load("a: 1\nb: *inconnu\n", out var error));
        Assert.NotNull(error);
        Assert.Contains("inconnu", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_its_line()
    {
        Assert.Null(Load("nom: Alice\nrôle: x\nnom: Bruno\n", out var error));
        Assert.NotNull(error);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_alias_to_an_earlier_anchor_is_loaded()
    {
        var root = Load("a: &x [1, 2]\nb: *x\n", out var error);

        Assert.Null(error);
        var value = Assert.IsType<Dictionary<string, object?>>(YamlDocumentReader.ToValue(root!));
        Assert.Equal([1L, 2L], Assert.IsType<List<object?>>(value["b"]));
    }

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("4.5", 4.5)]
    [InlineData("true", true)]
    [InlineData("False", false)]
    [InlineData("bonjour", "bonjour")]
    [InlineData("'42'", "42")]
    [InlineData("\"true\"", "true")]
    [InlineData("yes", "yes")]
    public void Scalars_become_typed_values(string yaml, object expected)
    {
        var root = Load("v: " + yaml, out _);

        var value = Assert.IsType<Dictionary<string, object?>>(YamlDocumentReader.ToValue(root!));
        Assert.Equal(expected, value["v"]);
        Assert.IsType(expected.GetType(), value["v"]);
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void Null_scalars_become_null(string yaml)
    {
        var root = Load("v: " + yaml, out _);

        var value = Assert.IsType<Dictionary<string, object?>>(YamlDocumentReader.ToValue(root!));
        Assert.True(value.ContainsKey("v"));
        Assert.Null(value["v"]);
    }

    [Fact]
    public void Lists_and_maps_become_lists_and_dictionaries()
    {
        var root = Load("- nom: Alice\n  rôles: [présidente, trésorière]\n- nom: Bruno\n", out _);

        var list = Assert.IsType<List<object?>>(YamlDocumentReader.ToValue(root!));
        Assert.Equal(2, list.Count);
        var first = Assert.IsType<Dictionary<string, object?>>(list[0]);
        Assert.Equal("Alice", first["nom"]);
        Assert.Equal(["présidente", "trésorière"], Assert.IsType<List<object?>>(first["rôles"]));
    }
}
