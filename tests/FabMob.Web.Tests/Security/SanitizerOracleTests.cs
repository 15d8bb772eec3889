using AngleSharp.Html.Parser;
using FabMob.Content;

namespace FabMob.Web.Tests.Security;

/// <summary>
/// Known script-injection vectors, each in several Markdown contexts, rendered by the site's renderer
/// and read back by a real HTML5 parser (AngleSharp, with scripting on and off, as browsers read
/// <c>&lt;noscript&gt;</c> either way): no script element, no handler, no script address survives.
/// </summary>
public sealed class SanitizerOracleTests
{
    private static readonly string[] Vectors =
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//xss.example/x.js></SCRIPT>",
        "<script/src=//xss.example/x.js></script>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=\"alert(1)\"/>",
        "<IMG SRC=\"javascript:alert(1);\">",
        "<img src=\"jav\tascript:alert(1)\">",
        "<img src=\"jav&#x0A;ascript:alert(1)\">",
        "<img\nsrc=x\nonerror=alert(1)>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "<svg/onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<svg><a><animate attributeName=href values=javascript:alert(1) /><text>x</text></a></svg>",
        "<svg><set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>",
        "<a href=vbscript:msgbox(1)>x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
        "<iframe src=\"https://xss.example/\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<marquee onstart=alert(1)>x</marquee>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<noembed><img title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>",
        "<style><img src=x onerror=alert(1)></style>",
        "<svg><style><img src=x onerror=alert(1)></style></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\"></textarea>",
        "<title><img title=\"</title><img src=x onerror=alert(1)>\"></title>",
        "<xmp><img title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>",
        "<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>",
        "<!--><img src=x onerror=alert(1)>-->",
        "<!---><img src=x onerror=alert(1)>-->",
        "<!-- --!><img src=x onerror=alert(1)>-->",
        "<? foo=\"><img src=x onerror=alert(1)>\">",
        "<!x=\"><img src=x onerror=alert(1)>\">",
        "</x title=\"><img src=x onerror=alert(1)>\">",
        "<a href=\"/ok\"onclick=\"alert(1)\">x</a>",
        "<a/onclick=alert(1)>x</a>",
        "<a onclick\n=\nalert(1)>x</a>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<plaintext><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](javascript&colon;alert(1))",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "# T {onclick=alert(1)}",
        "[x](/ok){onmouseover=alert(1)}",
    ];

    private static readonly string[] Contexts =
    [
        "{0}",
        "Texte {0} texte.",
        "<div>\n{0}\n</div>",
        "<div>\n<!--\n\n<a title=\"-->{0}\">\n",
        "<div>\n<textarea>\n\n{0}\n",
        "> {0}",
        "- {0}",
        "<div><script>\n\n*{0}*\n\n</script></div>{0}",
    ];

    public static TheoryData<int> Contexts_() => [.. Enumerable.Range(0, Contexts.Length)];

    [Theory]
    [MemberData(nameof(Contexts_))]
    public void No_vector_survives_in_any_context(int context)
    {
        var renderer = new MarkdownRenderer();
        foreach (var scripting in new[] { true, false })
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = scripting });
            foreach (var vector in Vectors)
            {
                var markdown = string.Format(System.Globalization.CultureInfo.InvariantCulture, Contexts[context], vector) + "\n\nFin.\n";
                var html = renderer.Render(renderer.Parse(markdown), new PageLinkResolver("page.md", new Dictionary<string, string>()));
                var document = parser.ParseDocument("<!DOCTYPE html><html><body><main>" + html + "</main><footer>pied</footer></body></html>");
                try
                {
                    HostileContentSiteTests.AssertNoScript(document);
                    Assert.DoesNotContain(document.QuerySelectorAll("base"), _ => true);
                }
                catch (Xunit.Sdk.XunitException e)
                {
                    throw new Xunit.Sdk.XunitException($"vector {vector} in context {context} (scripting {scripting}):\n{html}\n{e.Message}");
                }
            }
        }
    }
}
