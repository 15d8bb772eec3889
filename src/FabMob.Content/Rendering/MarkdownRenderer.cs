using System.Globalization;
using System.Text;
using FabMob.Content.Addresses;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// The site's Markdig pipeline, built once (a built pipeline is thread-safe): advanced extensions,
/// heading ids that keep accents, raw HTML kept and sanitised; a twin built once renders a single
/// newline as a line break (<see cref="ContentOptions.HardLineBreaks"/>). Rendering rewrites links through a
/// <see cref="ILinkResolver"/> and turns the seed pages' <c>[&lt;button&gt;…&lt;/button&gt;](url)</c>
/// into a link styled as a button, since a button inside a link is invalid and inaccessible.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>The CSS class of a link that reads as a button.</summary>
    public const string ButtonClass = "bouton";

    private static readonly object PipelineKey = new();
    private static readonly object FindingsKey = new();
    private static readonly object RawHtmlKey = new();

    /// <summary>
    /// Built at the first parse, not with the renderer: a start whose pages all come from the page cache parses
    /// nothing and so builds neither pipeline (nor loads Markdig's extensions).
    /// </summary>
    private readonly Lazy<MarkdownPipeline> _pipeline = new(() => Pipeline(hardLineBreaks: false));

    /// <summary>The same pipeline, a single newline rendered as a line break (as remark-breaks does); built once, when first needed.</summary>
    private readonly Lazy<MarkdownPipeline> _hardLineBreaksPipeline = new(() => Pipeline(hardLineBreaks: true));

    private readonly ContentLimits _limits;

    /// <summary>
    /// Every page with raw HTML is parsed whole by the sanitiser, and every block with tags read back for search, as
    /// before <see cref="RawHtmlFastPath"/>: for the tests that compare both ways on the same input.
    /// </summary>
    internal bool SanitizesEveryRawHtmlPage { get; init; }
    private readonly RawHtmlSanitizer _rawHtml;

    /// <param name="limits">Bounds on nesting and markup density (<see cref="ContentLimits"/>); the defaults if null.</param>
    /// <param name="embedHosts">Hosts an iframe may embed besides <see cref="EmbedHosts.Default"/> (<see cref="ContentOptions.EmbedHosts"/>).</param>
    public MarkdownRenderer(ContentLimits? limits = null, IEnumerable<string>? embedHosts = null)
    {
        _limits = limits ?? new ContentLimits();
        _rawHtml = new RawHtmlSanitizer(EmbedHosts.Combine(embedHosts));
    }

    /// <summary>The pipeline as the renderer builds it (once per renderer and line-break setting).</summary>
    internal static MarkdownPipeline Pipeline(bool hardLineBreaks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            .UseFrenchTypography();
        if (hardLineBreaks)
        {
            builder.UseSoftlineBreakAsHardlineBreak();
        }

        // Last: measures every paragraph built by the parsers above before its inlines are parsed.
        return builder.Use<MarkdownBudgetExtension>().Build();
    }

    /// <summary>
    /// Parses a Markdown body within the limits and sanitises its Markdown links, images and <c>{…}</c>
    /// attributes (see <see cref="MarkdownAddressSanitizer"/>). Throws <see cref="MarkdownLimitException"/>
    /// (French message, position in the body) for a body past a limit, before anything walks the document
    /// recursively. Raw HTML is sanitised when the document is rendered (<see cref="Render"/>), on the whole page,
    /// unless it is only plain phrasing tags the sanitiser would keep as written (<see cref="RawHtmlFastPath"/>).
    /// </summary>
    /// <param name="markdown">The body, after the front matter.</param>
    /// <param name="findings">
    /// Receives what was removed or what browsers will ignore, located in the body: at once for Markdown, when the
    /// document is rendered for raw HTML (unless <see cref="Render"/> is given its own collection).
    /// </param>
    /// <param name="hardLineBreaks">A single newline is a line break (<c>&lt;br&gt;</c>), as the association's current site renders.</param>
    public MarkdownDocument Parse(string markdown, ICollection<RawHtmlFinding>? findings = null, bool hardLineBreaks = false)
    {
        var pipeline = (hardLineBreaks ? _hardLineBreaksPipeline : _pipeline).Value;
        var budget = new MarkdownBudget(_limits);
        var document = Markdown.Parse(markdown, pipeline, budget.NewContext());
        budget.ThrowIfExceeded();
        MarkdownBudget.CheckNesting(document, _limits.MaxMarkdownNesting);
        var hasRawHtml = MarkdownAddressSanitizer.Sanitize(document, findings);
        if (hasRawHtml && (SanitizesEveryRawHtmlPage || MayNeedFullSanitizer(document)))
        {
            // The sanitiser's setup and AngleSharp's first parse run while this page is rendered and the next ones parsed,
            // and only for a page whose raw HTML is likely to need them: a start whose pages all come from the page cache,
            // or whose raw HTML is all plain phrasing tags (RawHtmlFastPath), builds neither. The first such page does not
            // pay twice: its own sanitising waits for the setup under way (a type initialiser runs once).
            RawHtmlSanitizer.WarmUpInBackground();
        }

        document.SetData(PipelineKey, pipeline);
        document.SetData(RawHtmlKey, hasRawHtml);
        if (findings is not null)
        {
            document.SetData(FindingsKey, findings);
        }

        return document;
    }

    /// <summary>Renders a parsed document to HTML. The document is changed in place (links rewritten).</summary>
    /// <param name="document">A document from <see cref="Parse"/>.</param>
    /// <param name="links">Resolves relative links against the page's file.</param>
    /// <param name="firstLine">The file line where the Markdown body starts, to locate links in the file.</param>
    /// <param name="found">Receives every link and image, located in the file.</param>
    /// <param name="sanitized">Receives what the raw HTML sanitiser removed, located in the body; by default, the collection given to <see cref="Parse"/>.</param>
    public string Render(MarkdownDocument document, ILinkResolver links, int firstLine = 1, ICollection<PageLink>? found = null,
        ICollection<RawHtmlFinding>? sanitized = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { } url)
            {
                var resolved = links.Resolve(url, link.IsImage);
                if (resolved is not null)
                {
                    link.Url = resolved;
                }

                found?.Add(new PageLink(url, resolved ?? url, link.IsImage, firstLine + link.Line, link.Column + 1));
            }

            if (link.IsImage)
            {
                var attributes = link.GetAttributes();
                attributes.AddPropertyIfNotExist("loading", "lazy");
                attributes.AddPropertyIfNotExist("decoding", "async");
            }
            else
            {
                UnwrapButton(link);
            }
        }

        var pipeline = document.GetData(PipelineKey) as MarkdownPipeline ?? _pipeline.Value;
        if (document.GetData(RawHtmlKey) is not true || (!SanitizesEveryRawHtmlPage && RawHtmlFastPath.Accepts(document)))
        {
            // Markdown alone: Markdig escapes text and the addresses were checked at parse; or raw HTML that is only
            // plain phrasing tags, closed where they open, which the sanitiser would keep as written (RawHtmlFastPath).
            // Markdig rents a renderer and its writer from the pipeline: no renderer built per page.
            return Markdown.ToHtml(document, pipeline);
        }

        var output = new StringBuilder();
        var map = new RawHtmlMap();
        using (var writer = new StringWriter(output, CultureInfo.InvariantCulture))
        {
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            RawHtmlRenderers.Install(renderer, output, map);
            renderer.Render(document);
            writer.Flush();
        }

        return _rawHtml.Sanitize(output.ToString(), map, sanitized ?? document.GetData(FindingsKey) as ICollection<RawHtmlFinding>);
    }

    /// <summary>
    /// The words of a parsed document as search reads them (<see cref="BodyText"/>: headings apart), from its
    /// Markdown tree in one walk; raw HTML read by AngleSharp. Best called after <see cref="Render"/>, which takes
    /// the button tags out of links.
    /// </summary>
    public BodyText Text(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return BodyTextCollector.Collect(document, document.GetData(PipelineKey) as MarkdownPipeline ?? _pipeline.Value,
            document.GetData(RawHtmlKey) is true, SanitizesEveryRawHtmlPage);
    }

    /// <summary>
    /// Whether a parsed document's raw HTML is likely to go the full way at render (<see cref="RawHtmlSanitizer"/>): an HTML
    /// block, an alert, or an inline tag that is neither a <see cref="PlainPhrasingTag"/> nor a button (taken out of its
    /// link at render). Only decides whether to warm the sanitiser up: a page it misses builds the sanitiser itself.
    /// </summary>
    internal static bool MayNeedFullSanitizer(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or Markdig.Extensions.Alerts.AlertBlock:
                case HtmlInline html when PlainPhrasingTag.Read(html.Tag) is null && !IsButtonTag(html.Tag):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>[&lt;button&gt;Adhérez !&lt;/button&gt;](url)</c> → <c>&lt;a class="bouton" href="url"&gt;Adhérez !&lt;/a&gt;</c>.
    /// </summary>
    internal static void UnwrapButton(LinkInline link)
    {
        if (!RawInlineHtml.Holds(link))
        {
            return;
        }

        var tags = link.Descendants<HtmlInline>().Where(html => IsButtonTag(html.Tag)).ToList();
        if (tags.Count == 0)
        {
            return;
        }

        foreach (var tag in tags)
        {
            tag.Remove();
        }

        foreach (var literal in link.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            if (literal.PreviousSibling is null)
            {
                text = text.TrimStart();
            }

            if (literal.NextSibling is null)
            {
                text = text.TrimEnd();
            }

            literal.Content = new Markdig.Helpers.StringSlice(text);
        }

        link.GetAttributes().AddClass(ButtonClass);
    }

    private static bool IsButtonTag(string? tag) => InlineHtmlTag.Read(tag) is { Name: "button" };
}

/// <summary>Rewrites the URL of a link or image found in a page; null keeps it as written.</summary>
public interface ILinkResolver
{
    string? Resolve(string url, bool isImage);
}
