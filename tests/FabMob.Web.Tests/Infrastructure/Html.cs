using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>Fetches and parses pages, for assertions on the document rather than on strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response, Parse(text));
    }

    /// <summary>Percent-encodes a site path the way a browser sends it.</summary>
    public static string Encode(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
