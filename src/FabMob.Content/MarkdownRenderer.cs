using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FabMob.Content;

/// <summary>
/// The site's one Markdig pipeline, built once (a built pipeline is thread-safe): advanced
/// extensions, heading ids that keep accents, raw HTML kept. Rendering rewrites links through a
/// <see cref="ILinkResolver"/> and turns the seed pages' <c>[&lt;button&gt;…&lt;/button&gt;](url)</c>
/// into a link styled as a button, since a button inside a link is invalid and inaccessible.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>The CSS class of a link that reads as a button.</summary>
    public const string ButtonClass = "bouton";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        .UseFrenchTypography()
        // Last: measures every paragraph built by the parsers above before its inlines are parsed.
        .Use<MarkdownBudgetExtension>()
        .Build();

    private readonly ContentLimits _limits;

    /// <param name="limits">Bounds on nesting and markup density (<see cref="ContentLimits"/>); the defaults if null.</param>
    public MarkdownRenderer(ContentLimits? limits = null) => _limits = limits ?? new ContentLimits();

    /// <summary>
    /// Parses a Markdown body within the limits, then sanitises its raw HTML and script addresses
    /// (see <see cref="RawHtmlSanitizer"/>). Throws <see cref="MarkdownLimitException"/> (French message,
    /// position in the body) for a body past a limit, before anything walks the document recursively.
    /// </summary>
    /// <param name="markdown">The body, after the front matter.</param>
    /// <param name="sanitized">Receives what the sanitiser removed or what browsers will ignore, located in the body.</param>
    public MarkdownDocument Parse(string markdown, ICollection<RawHtmlFinding>? sanitized = null)
    {
        var budget = new MarkdownBudget(_limits);
        var document = Markdown.Parse(markdown, _pipeline, budget.NewContext());
        budget.ThrowIfExceeded();
        MarkdownBudget.CheckNesting(document, _limits.MaxMarkdownNesting);
        RawHtmlSanitizer.Sanitize(document, sanitized);
        return document;
    }

    /// <summary>Renders a parsed document to HTML. The document is changed in place (links rewritten).</summary>
    /// <param name="document">A document from <see cref="Parse"/>.</param>
    /// <param name="links">Resolves relative links against the page's file.</param>
    /// <param name="firstLine">The file line where the Markdown body starts, to locate links in the file.</param>
    /// <param name="found">Receives every link and image, located in the file.</param>
    public string Render(MarkdownDocument document, ILinkResolver links, int firstLine = 1, ICollection<PageLink>? found = null)
    {
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

        // Markdig rents a renderer and its writer from the pipeline: no renderer built per page.
        return Markdown.ToHtml(document, _pipeline);
    }

    /// <summary>
    /// <c>[&lt;button&gt;Adhérez !&lt;/button&gt;](url)</c> → <c>&lt;a class="bouton" href="url"&gt;Adhérez !&lt;/a&gt;</c>.
    /// </summary>
    internal static void UnwrapButton(LinkInline link)
    {
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

    private static bool IsButtonTag(string? tag)
    {
        if (tag is null)
        {
            return false;
        }

        var name = tag.AsSpan().TrimStart('<').TrimStart('/').TrimStart();
        return name.StartsWith("button", StringComparison.OrdinalIgnoreCase) &&
               (name.Length == 6 || !char.IsLetterOrDigit(name[6]));
    }
}

/// <summary>Rewrites the URL of a link or image found in a page; null keeps it as written.</summary>
public interface ILinkResolver
{
    string? Resolve(string url, bool isImage);
}
