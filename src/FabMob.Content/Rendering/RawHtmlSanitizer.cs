using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using FabMob.Content.Addresses;
using Ganss.Xss;

namespace FabMob.Content.Rendering;

/// <summary>
/// Makes the rendered HTML of a page with raw HTML safe, with <see cref="HtmlSanitizer"/> (Ganss.Xss,
/// on the AngleSharp HTML5 parser): the whole page is parsed as a browser parses it, so a
/// <c>&lt;script&gt;</c> split across blocks, or Markdown caught inside a comment, is seen as the
/// browser sees it; what is not allowed is removed and the rest written out again. Each removal in the
/// editor's raw HTML is reported with its line and column in the body (<see cref="RawHtmlMap"/>).
/// </summary>
/// <remarks>
/// Policy: the sanitiser's allow-list (HTML elements and attributes, <c>http</c>/<c>https</c>/<c>mailto</c>/
/// <c>tel</c> addresses) widened to what editors write: <c>class</c>, <c>id</c>, <c>data-*</c>, ARIA, comments,
/// figures, media, simple SVG, and <c>&lt;iframe&gt;</c> whose <c>src</c> is <c>https://</c> on an allowed host
/// (<see cref="EmbedHosts"/>); <c>data:image/…</c> in images. <c>style</c> attributes are kept as written and
/// <c>&lt;style&gt;</c> elements kept: the site's Content-Security-Policy makes both inert, and each is reported.
/// A self-closing <c>&lt;iframe … /&gt;</c> (or any element whose content the browser reads as text) is closed
/// where the editor closed it, and an iframe never closed is closed after its tag: the text that follows is
/// kept, where a browser would swallow it.
/// </remarks>
internal sealed class RawHtmlSanitizer
{
    private const string Prefix = "<!DOCTYPE html><body>";

    /// <summary>Elements whose content the tokenizer reads as text up to their end tag (scripting off, as parsed here).</summary>
    private static readonly HashSet<string> TextElements = new(StringComparer.Ordinal)
    {
        "iframe", "script", "style", "textarea", "title", "xmp", "noembed", "noframes",
    };

    /// <summary>Elements removed with everything inside them (HTML namespace; outside it, every element not allowed).</summary>
    internal static readonly HashSet<string> RemovedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "noscript", "template", "title", "xmp", "noembed", "noframes", "object", "embed", "applet",
        "math", "base", "link", "meta", "frameset", "frame", "head", "param",
        // Unknown to browsers today, but run script in old ones (Internet Explorer, Opera, Netscape).
        "xml", "import", "vmlframe", "event-source", "bgsound", "isindex", "handler", "animation", "layer", "ilayer",
        "set", "animate", "animatemotion", "animatetransform", "animatecolor",
    };

    /// <summary>What makes a style run script in some browser (old IE, old Firefox, Opera), or hides it (CSS escapes).</summary>
    private static readonly string[] DangerousCss = ["expression", "javascript", "vbscript", "behavior", "binding", "@import", "-o-link", "\\"];

    private static readonly string[] ExtraTags =
    [
        "iframe", "style", "figure", "figcaption", "picture", "source", "video", "audio", "track",
        "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "defs",
        "lineargradient", "radialgradient", "stop",
    ];

    private static readonly string[] ExtraAttributes =
    [
        "class", "id", "role", "hidden", "translate", "itemprop", "itemscope", "itemtype",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-current", "aria-expanded",
        "aria-controls", "aria-live", "aria-level",
        "allow", "allowfullscreen", "frameborder", "loading", "decoding", "referrerpolicy", "scrolling",
        "marginwidth", "marginheight", "sandbox", "fetchpriority",
        "controls", "poster", "preload", "muted", "loop", "playsinline", "srcset", "sizes", "kind", "srclang",
        "xmlns", "viewbox", "preserveaspectratio", "d", "fill", "fill-rule", "fill-opacity", "clip-rule", "stroke",
        "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-opacity", "opacity", "transform", "cx", "cy",
        "r", "rx", "ry", "x", "y", "x1", "x2", "y1", "y2", "dx", "dy", "points", "offset", "stop-color",
        "text-anchor", "font-size", "font-family", "font-weight", "gradientunits",
    ];

    /// <summary>Set once the background warm-up has been asked for (<see cref="WarmUpInBackground"/>).</summary>
    private static int s_warmUpStarted;

    [ThreadStatic]
    private static Session? t_session;

    // One parser per thread, not one per page: a parser builds a browsing context and its configuration (~20 % of a
    // page's parse at 10,000 articles). Its token callback reports to the page being parsed on this thread.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    [ThreadStatic]
    private static TokenLog? t_tokens;

    private static HtmlParser Parser => t_parser ??= new HtmlParser(new HtmlParserOptions
    {
        IsKeepingSourceReferences = true,
        OnToken = static (token, range) => t_tokens?.Add(token, range),
    });

    private readonly IReadOnlyList<string> _embedHosts;
    private readonly string _embedList;

    public RawHtmlSanitizer(IReadOnlyList<string> embedHosts)
    {
        _embedHosts = embedHosts;
        _embedList = string.Join(", ", embedHosts);
    }

    /// <summary>
    /// Builds the sanitiser (HtmlSanitizer's setup builds AngleSharp.Css's property tables) and sanitises a small
    /// page once (the first HTML parse compiles AngleSharp's parser) on a thread-pool thread, once per process, so
    /// that the cost overlaps parsing the other pages instead of delaying the first page with raw HTML. Asked for at
    /// each Markdown parse (<see cref="MarkdownRenderer.Parse"/>), so that a start whose pages all come from the page
    /// cache builds nothing: nothing is built before this is called or a page with raw HTML is sanitised.
    /// </summary>
    public static void WarmUpInBackground()
    {
        // A plain read first: every parse asks, and only the first one writes.
        if (Volatile.Read(ref s_warmUpStarted) == 0 && Interlocked.Exchange(ref s_warmUpStarted, 1) == 0)
        {
            _ = Task.Run(static () => new RawHtmlSanitizer([]).Sanitize(WarmUpPage, new RawHtmlMap(), null));
        }
    }

    /// <summary>A page that walks the sanitiser's paths: a tag it keeps, one it unwraps, an attribute it removes, a comment.</summary>
    private const string WarmUpPage = "<p><em>a</em><marquee>b</marquee><a href=\"https://example.org/\" onclick=\"c\">d</a><!-- e --></p>";

    /// <summary>Sanitises a rendered page; <paramref name="map"/> locates its raw HTML in the body.</summary>
    public string Sanitize(string html, RawHtmlMap map, ICollection<RawHtmlFinding>? findings)
    {
        var page = Parse(html, map, findings);
        var document = page.Document;
        var body = document.Body!;
        void Report(int index, string message)
        {
            if (map.Locate(index - Prefix.Length) is { } at)
            {
                findings?.Add(new RawHtmlFinding(at.Line, at.Column, message));
            }
        }

        // In tree order, as QuerySelectorAll("*") lists them, without parsing a selector (AngleSharp.Css caches selectors
        // behind a lock that the parallel renders of a build contend for).
        var elements = body.GetDescendants().OfType<IElement>().ToList();
        int Start(IElement element) => element.SourceReference?.Position.Index ?? page.StartOf(element, elements);

        int AttributeStart(IElement element, string name) =>
            page.Tokens.Attributes.TryGetValue(Start(element), out var attributes) &&
            attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)) is { Name: not null } found
                ? found.Index
                : Start(element);

        // Iframes from elsewhere go with their content; style attributes are set aside and put back as written.
        var styles = new List<(IElement Element, string Value)>();
        var gaps = new List<(INode? Previous, INode? Next)>();
        if (page.StrayBodyAt is { } stray)
        {
            Report(stray, "HTML : balise <body> ou <html> supprimée avec ses attributs (la page a déjà les siennes)");
        }

        foreach (var element in elements)
        {
            if (element.Parent is null || !body.Contains(element))
            {
                continue;
            }

            var isHtml = element.NamespaceUri == NamespaceNames.HtmlUri;
            if (isHtml ? RemovedWithContent.Contains(element.LocalName) : !Engine.Policy.AllowedTags.Contains(element.LocalName))
            {
                // Its content is script, text the browser never shows, or markup read differently elsewhere.
                Report(Start(element), TagMessage(element.LocalName));
                gaps.Add((element.PreviousSibling, element.NextSibling));
                element.Remove();
                continue;
            }

            if (element.LocalName == "iframe" && isHtml && !AllowedFrame(element, out var origin))
            {
                Report(Start(element), $"HTML : <iframe> {origin} supprimée : seules les adresses https:// de {_embedList} peuvent être intégrées");
                gaps.Add((element.PreviousSibling, element.NextSibling));
                element.Remove();
                continue;
            }

            if (element.LocalName == "style")
            {
                Report(Start(element), "HTML : élément <style> sans effet (la politique de sécurité du site n'applique que sa feuille de style)");
            }

            if (element.GetAttribute("style") is { } risky && DangerousCss.Any(token => risky.Contains(token, StringComparison.OrdinalIgnoreCase)))
            {
                Report(AttributeStart(element, "style"),
                    $"HTML : attribut « style » supprimé de <{element.LocalName}> (expression, adresse ou échappement que d'anciens navigateurs exécutent)");
                element.RemoveAttribute("style");
            }
            else if (element.GetAttribute("style") is { } style)
            {
                Report(AttributeStart(element, "style"),
                    $"HTML : attribut « style » de <{element.LocalName}> sans effet (la politique de sécurité du site bloque les styles en ligne ; " +
                    "utilisez une classe de la feuille de style)");
                styles.Add((element, style));
                element.RemoveAttribute("style");
            }
        }

        // Any other element not allowed is taken away but its content kept (<marquee>texte</marquee> → texte).
        // Elements the HTML standard does not know (<buttonish>, custom elements) do nothing: kept, their attributes
        // checked. A page that has some gets a sanitiser of its own; the others share one (its settings are only read).
        var unknown = elements.OfType<IHtmlUnknownElement>().Select(e => e.LocalName).Distinct(StringComparer.Ordinal).ToList();
        var sanitizer = unknown.Count == 0 ? Engine.Shared : NewSanitizer(unknown);
        t_session = new Session(
            element => Report(Start(element), $"HTML : balise <{element.LocalName}> retirée (élément non permis dans le contenu) : son contenu est gardé"),
            (element, attribute, reason) => Report(AttributeStart(element, attribute.Name),
                AttributeMessage(element.LocalName, attribute.Name, attribute.Value, reason)),
            gaps);
        try
        {
            sanitizer.SanitizeDom(document, body as IHtmlElement, "");
        }
        finally
        {
            t_session = null;
        }

        // A block removed between two line breaks leaves one line break, not two.
        foreach (var (previous, next) in gaps)
        {
            if (previous is IText before && next is IText after && after.PreviousSibling == before &&
                before.Data.EndsWith('\n') && after.Data.StartsWith('\n'))
            {
                after.Data = after.Data[1..];
            }
        }

        foreach (var (element, value) in styles)
        {
            if (body.Contains(element))
            {
                element.SetAttribute("style", value);
            }
        }

        if (page.Tokens.UnclosedScriptAt is { } script)
        {
            Report(script, "HTML : <script> jamais fermé par </script> : tout ce qui le suit a été supprimé");
        }

        if (page.Tokens.UnclosedCommentAt is { } comment)
        {
            Report(comment, "HTML : commentaire jamais fermé : il est fermé à la fin de la page (tout ce qui le suit reste caché)");
        }

        using var output = new StringWriter();
        foreach (var node in body.ChildNodes)
        {
            node.ToHtml(output, sanitizer.OutputFormatter);
        }

        return output.ToString();
    }

    /// <summary>
    /// A sanitiser with the policy (plus <paramref name="extraTags"/>): elements not allowed lose their tag and keep
    /// their content, comments are kept (their text encoded), images may be data: images; what it removes is
    /// reported to the current <see cref="Session"/>.
    /// </summary>
    private static HtmlSanitizer NewSanitizer(IEnumerable<string> extraTags)
    {
        var sanitizer = new HtmlSanitizer(Engine.Policy) { AllowDataAttributes = true, KeepChildNodes = true };
        foreach (var tag in extraTags)
        {
            sanitizer.AllowedTags.Add(tag);
        }

        sanitizer.FilterUrl += (_, e) =>
        {
            // An image may be a data: image (not an SVG document, which could hold script if opened on its own).
            if (e.Tag.LocalName is "img" or "source" && e.SanitizedUrl is null &&
                e.OriginalUrl.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) &&
                UrlSafety.DangerousScheme(e.OriginalUrl, allowDataImage: true) is null)
            {
                e.SanitizedUrl = e.OriginalUrl;
            }
        };
        sanitizer.RemovingComment += (_, e) => e.Cancel = true;
        sanitizer.RemovingTag += (_, e) =>
        {
            if (t_session is { } session)
            {
                session.TagRemoved(e.Tag);
                session.Gaps.Add((e.Tag.PreviousSibling, e.Tag.NextSibling));
            }
        };
        sanitizer.RemovingAttribute += (_, e) => t_session?.AttributeRemoved(e.Tag, e.Attribute, e.Reason);
        return sanitizer;
    }

    private bool AllowedFrame(IElement frame, out string origin)
    {
        var source = frame.GetAttribute("src");
        var host = "";
        if (source is not null && EmbedHosts.Allows(source, _embedHosts, out host))
        {
            origin = "";
            return true;
        }

        origin = source is null ? "sans adresse « src »" : host.Length > 0 ? $"de « {host} »" : $"d'adresse « {Short(source)} »";
        return false;
    }

    private static string TagMessage(string name) => name switch
    {
        "script" => "HTML : élément <script> supprimé avec son contenu (pas de script dans le contenu)",
        "base" or "meta" or "link" => $"HTML : élément <{name}> supprimé (il dérègle toute la page)",
        _ => $"HTML : élément <{name}> supprimé avec son contenu (il n'est pas permis dans le contenu)",
    };

    private static string AttributeMessage(string element, string name, string value, RemoveReason reason)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"HTML : attribut « {name} » supprimé de <{element}> (pas de script dans le contenu)";
        }

        if (name == "srcdoc")
        {
            return $"HTML : attribut « srcdoc » supprimé de <{element}>";
        }

        if (reason is RemoveReason.NotAllowedUrlValue)
        {
            var scheme = UrlSafety.DangerousScheme(value, allowDataImage: false);
            var shown = scheme is null or "&" ? $"« {Short(value)} »" : $"« {scheme}: »";
            return $"HTML : adresse {shown} supprimée de l'attribut « {name} » de <{element}>";
        }

        return $"HTML : attribut « {name} » supprimé de <{element}> (il n'est pas permis dans le contenu)";
    }

    private static string Short(string value) => value.Length > 60 ? value[..60] + "…" : value;

    /// <summary>
    /// Parses the page as a browser would, after closing what the editor closed with <c>/&gt;</c> on an
    /// element whose content is text (an iframe, a script…) and an iframe never closed: each such end tag is
    /// written after its start tag and the page parsed again (a few times at most; the map follows).
    /// </summary>
    private static ParsedPage Parse(string html, RawHtmlMap map, ICollection<RawHtmlFinding>? findings)
    {
        const int MaxRepairs = 64;
        for (var repair = 0; ; repair++)
        {
            var source = Prefix + html;
            var tokens = new TokenLog(source);
            IHtmlDocument document;
            t_tokens = tokens;
            try
            {
                document = Parser.ParseDocument(source);
            }
            finally
            {
                t_tokens = null;
            }

            tokens.Finish();
            var open = repair < MaxRepairs ? tokens.ToClose : null;
            if (open is null)
            {
                return new ParsedPage(document, tokens);
            }

            var (name, start, end, selfClosing) = open.Value;
            if (map.Locate(start - Prefix.Length) is { } where)
            {
                findings?.Add(new RawHtmlFinding(where.Line, where.Column, selfClosing
                    ? $"HTML : <{name} … /> fermé par </{name}> (« /> » ne ferme pas cet élément en HTML) : le texte qui suit est gardé"
                    : $"HTML : <{name}> jamais fermé : </{name}> ajouté après la balise, le texte qui suit est gardé"));
            }

            var closing = $"</{name}>";
            var at0 = end - Prefix.Length;
            html = html.Insert(at0, closing);
            map.Inserted(at0, closing.Length);
        }
    }

    private static HtmlSanitizerOptions BuildPolicy()
    {
        var defaults = new HtmlSanitizer();
        var tags = new HashSet<string>(defaults.AllowedTags, StringComparer.OrdinalIgnoreCase);
        tags.UnionWith(ExtraTags);
        tags.ExceptWith(["html", "head", "body"]);
        var attributes = new HashSet<string>(defaults.AllowedAttributes, StringComparer.OrdinalIgnoreCase);
        attributes.UnionWith(ExtraAttributes);
        // Style attributes are set aside before sanitising and put back as written (inert under the CSP).
        attributes.Remove("style");
        var schemes = new HashSet<string>(defaults.AllowedSchemes, StringComparer.OrdinalIgnoreCase) { "mailto", "tel" };
        return new HtmlSanitizerOptions
        {
            AllowedTags = tags,
            AllowedAttributes = attributes,
            AllowedSchemes = schemes,
            AllowedCssProperties = new HashSet<string>(defaults.AllowedCssProperties, StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(defaults.AllowedAtRules),
            UriAttributes = new HashSet<string>(defaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(defaults.UriListAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(defaults.AllowedClasses, StringComparer.OrdinalIgnoreCase),
            NamedPropertyTags = new HashSet<string>(defaults.NamedPropertyTags, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>
    /// The policy and the shared sanitiser, built on first use (a nested type's static fields are initialised when it
    /// is first touched): a process whose pages have no raw HTML never builds them.
    /// </summary>
    private static class Engine
    {
        public static readonly HtmlSanitizerOptions Policy = BuildPolicy();

        /// <summary>The sanitiser of pages without unknown elements; its events report to the page being sanitised on this thread.</summary>
        public static readonly HtmlSanitizer Shared = NewSanitizer([]);
    }

    /// <summary>Where the shared sanitiser's events report, for the page being sanitised on this thread.</summary>
    private sealed record Session(Action<IElement> TagRemoved, Action<IElement, IAttr, RemoveReason> AttributeRemoved,
        List<(INode? Previous, INode? Next)> Gaps);

    private sealed record ParsedPage(IHtmlDocument Document, TokenLog Tokens)
    {
        public int? StrayBodyAt => Tokens.StrayBodyAt;

        /// <summary>
        /// Where an element without a source reference starts (AngleSharp keeps none for <c>&lt;svg&gt;</c> and
        /// <c>&lt;math&gt;</c>): the last start tag of its name before the first element after it that has one.
        /// </summary>
        public int StartOf(IElement element, List<IElement> elements)
        {
            var limit = int.MaxValue;
            for (var i = elements.IndexOf(element) + 1; i < elements.Count; i++)
            {
                if (elements[i].SourceReference is { } reference)
                {
                    limit = reference.Position.Index;
                    break;
                }
            }

            var start = -1;
            foreach (var (name, index) in Tokens.StartTags)
            {
                if (index >= limit)
                {
                    break;
                }

                if (string.Equals(name, element.LocalName, StringComparison.OrdinalIgnoreCase))
                {
                    start = index;
                }
            }

            return start;
        }
    }

    /// <summary>
    /// What the tokenizer read: attribute positions per start tag; the first element whose content the browser
    /// would read as text past where the editor meant it to end; a script or comment left open at the end.
    /// </summary>
    private sealed class TokenLog(string source)
    {
        private (string Name, int Start, int End, bool SelfClosing)? _pending;

        public Dictionary<int, List<(string Name, int Index)>> Attributes { get; } = [];

        /// <summary>Every start tag, in order (name, offset).</summary>
        public List<(string Name, int Index)> StartTags { get; } = [];

        /// <summary>A <c>&lt;body&gt;</c> or <c>&lt;html&gt;</c> start tag with attributes written in the content.</summary>
        public int? StrayBodyAt { get; private set; }

        /// <summary>The first element to close after its start tag: self-closed with text after it, or an iframe never closed.</summary>
        public (string Name, int Start, int End, bool SelfClosing)? ToClose { get; private set; }

        public int? UnclosedScriptAt { get; private set; }

        public int? UnclosedCommentAt { get; private set; }

        public void Add(HtmlToken token, AngleSharp.Text.TextRange range)
        {
            if (token.Type == HtmlTokenType.Character)
            {
                return;
            }

            if (_pending is { } pending)
            {
                // In raw-text mode the next token is the element's end tag or the end of the file; anything
                // else means the tag did not start raw text (foreign content): nothing to close.
                _pending = null;
                if (token is HtmlTagToken { Type: HtmlTokenType.EndTag } end && end.Name == pending.Name)
                {
                    if (pending.SelfClosing && range.Start.Index > pending.End)
                    {
                        ToClose ??= pending;
                    }
                }
                else if (token.Type == HtmlTokenType.EndOfFile)
                {
                    AtEnd(pending);
                }
            }

            switch (token)
            {
                case HtmlTagToken { Type: HtmlTokenType.StartTag } tag:
                    StartTags.Add((tag.Name, range.Start.Index));
                    if (tag.Name is "body" or "html" && tag.Attributes.Count > 0 && range.Start.Index >= Prefix.Length)
                    {
                        StrayBodyAt ??= range.Start.Index;
                    }

                    if (tag.Attributes.Count > 0)
                    {
                        Attributes[range.Start.Index] = [.. tag.Attributes.Select(a => (a.Name, a.Position.Index))];
                    }

                    if (TextElements.Contains(tag.Name))
                    {
                        _pending = (tag.Name, range.Start.Index, range.End.Index, tag.IsSelfClosing);
                    }

                    break;
                case { Type: HtmlTokenType.Comment } when range.End.Index >= source.Length - 1 && !ClosedComment(range.Start.Index):
                    UnclosedCommentAt ??= range.Start.Index;
                    break;
            }
        }

        /// <summary>Resolves an element still open when the file ended without an end-of-file token.</summary>
        public void Finish()
        {
            if (_pending is { } pending)
            {
                _pending = null;
                AtEnd(pending);
            }
        }

        private void AtEnd((string Name, int Start, int End, bool SelfClosing) pending)
        {
            if (pending.End >= source.Length)
            {
                return;
            }

            if (pending.SelfClosing || pending.Name == "iframe")
            {
                ToClose ??= pending;
            }
            else if (pending.Name == "script")
            {
                UnclosedScriptAt ??= pending.Start;
            }
        }

        private bool ClosedComment(int start)
        {
            var text = source.AsSpan(start).TrimEnd();
            return text.EndsWith("-->") || text.EndsWith("--!>") || text is "<!-->" or "<!--->";
        }
    }
}
