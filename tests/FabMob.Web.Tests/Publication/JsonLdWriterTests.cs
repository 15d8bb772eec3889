using System.Text.Encodings.Web;
using System.Text.Json;
using FabMob.Web.Publication;

namespace FabMob.Web.Tests.Publication;

/// <summary>The page's JSON-LD: the same text the serializer wrote with the same encoder, hostile strings included.</summary>
public sealed class JsonLdWriterTests
{
    private static readonly JsonSerializerOptions Serializer = new() { Encoder = JavaScriptEncoder.Default };

    public static TheoryData<string> Texts() =>
    [
        "Mobilités partagées : « l'été » à Saint-Étienne",
        "</script><script>alert(1)</script>",
        "guillemets \" et \\ barre, & esperluette, 'apostrophe', + plus",
        "ligne\nsuivante\t\u0001 contrôle, \u2028 séparateur",
        "émoji 🚲 et paire \ud83d\ude8c",
        "",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_posting_is_written_as_the_serializer_writes_it(string text)
    {
        var posting = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = text,
            ["description"] = null,
            ["author"] = new List<Dictionary<string, string>> { new() { ["@type"] = "Person", ["name"] = text }, new() { ["@type"] = "Person", ["name"] = "Alix" } },
            ["keywords"] = text,
            ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = text },
            ["sameAs"] = new[] { "https://www.helloasso.com/associations/x?a=1&b=<2>", text },
        };

        var expected = JsonSerializer.Serialize(posting.Where(pair => pair.Value is not null).ToDictionary(), Serializer);

        Assert.Equal(expected, JsonLdWriter.Write(posting));
        Assert.DoesNotContain("</", JsonLdWriter.Write(posting), StringComparison.Ordinal);
        Assert.DoesNotContain("description", JsonLdWriter.Write(posting), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_a_kind_it_does_not_know_is_refused_rather_than_written_wrongly()
    {
        var odd = new Dictionary<string, object?> { ["n"] = 42 };

        Assert.Throws<ArgumentException>(() => JsonLdWriter.Write(odd));
    }
}
