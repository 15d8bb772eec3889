using FabMob.Tests.Shared;

namespace FabMob.Content.Tests.Security;

/// <summary>
/// Every vector of the OWASP XSS filter evasion cheat sheet and of the HTML5 Security Cheatsheet
/// (<see cref="XssVectors"/>), written in a page as a block, inline in a paragraph and inside an HTML
/// block, rendered by the site's renderer and read back by an HTML5 parser (<see cref="XssJudge"/>):
/// none can run script.
/// </summary>
public sealed class XssCorpusTests
{
    private static readonly string[] Contexts = ["{0}\n\nFin.\n", "Texte {0} texte.\n\nFin.\n", "<div>\n{0}\n</div>\n\nFin.\n"];

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var corpus in new[] { "owasp", "html5sec" })
        {
            for (var context = 0; context < Contexts.Length; context++)
            {
                cases.Add(corpus, context);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_vector_of_the_public_corpora_can_run_script_once_rendered(string corpus, int context)
    {
        var renderer = new MarkdownRenderer();
        var vectors = corpus == "owasp" ? XssVectors.Owasp : XssVectors.Html5Sec;
        var failures = new List<string>();
        foreach (var vector in vectors)
        {
            var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, Contexts[context], vector);
            var html = renderer.Render(renderer.Parse(markdown), new PageLinkResolver("page.md", new Dictionary<string, string>()));
            if (XssJudge.Verdict(html, EmbedHosts.Default) is { } reason)
            {
                failures.Add($"{vector}\n  → {reason}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {vectors.Count} vectors survive:\n{string.Join('\n', failures)}");
        Assert.True(vectors.Count > 100);
    }
}
