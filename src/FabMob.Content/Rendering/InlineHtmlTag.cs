using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace FabMob.Content.Rendering;

/// <summary>
/// One raw HTML tag as Markdig keeps it (<c>HtmlInline.Tag</c>, such as <c>&lt;code class="a&gt;b"&gt;</c> or
/// <c>&lt;/CODE &gt;</c>), read by AngleSharp's HTML5 tokenizer: its lower-case name, whether it is an end tag,
/// whether it closes itself. A comment, a declaration or anything that is not a tag reads as no tag.
/// </summary>
internal readonly record struct InlineHtmlTag(string Name, bool IsEndTag, bool IsSelfClosing)
{
    /// <summary>The tag that <paramref name="tag"/> starts with, or null when it is not a start or end tag.</summary>
    public static InlineHtmlTag? Read(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag[0] != '<')
        {
            return null;
        }

        if (tag.Length <= MaxRememberedLength && Remembered.TryGetValue(tag, out var known))
        {
            return known;
        }

        var read = Tokenize(tag);
        // ConcurrentDictionary.Count takes every lock: a counter of its own instead.
        if (tag.Length <= MaxRememberedLength && Volatile.Read(ref s_rememberedCount) < MaxRemembered && Remembered.TryAdd(tag, read))
        {
            Interlocked.Increment(ref s_rememberedCount);
        }

        return read;
    }

    // Short tags come back again and again (<br>, </abbr>, <button>): each is read once per process, not once per
    // occurrence (a tokenizer and its buffers each time). Bounded, so hostile content cannot grow it past a few hundred KB.
    private const int MaxRememberedLength = 64;
    private const int MaxRemembered = 2048;
    private static readonly ConcurrentDictionary<string, InlineHtmlTag?> Remembered = new(StringComparer.Ordinal);
    private static int s_rememberedCount;

    private static InlineHtmlTag? Tokenize(string tag)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(tag), HtmlEntityProvider.Resolver);
        return tokenizer.Get() switch
        {
            HtmlTagToken { Type: HtmlTokenType.StartTag } start => new InlineHtmlTag(start.Name, false, start.IsSelfClosing),
            HtmlTagToken { Type: HtmlTokenType.EndTag } end => new InlineHtmlTag(end.Name, true, false),
            _ => null,
        };
    }
}
