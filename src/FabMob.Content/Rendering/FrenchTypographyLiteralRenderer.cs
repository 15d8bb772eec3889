using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace FabMob.Content.Rendering;

/// <summary>
/// Writes a literal like Markdig's own renderer, after French spacing (<see cref="FrenchTypography"/>).
/// The characters on either side come from the neighbouring inlines, since Markdig may cut « Qui ? »
/// into « Qui  » and « ? ». Left as written: the text of a bare address made into a link, and text
/// inside raw <c>&lt;code&gt;</c>, <c>&lt;pre&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;samp&gt;</c>,
/// <c>&lt;script&gt;</c> or <c>&lt;style&gt;</c> tags. One instance serves one rendering: it remembers how
/// far it has read the raw HTML among the siblings of a paragraph, so a paragraph costs linear time, and a paragraph
/// with no bare address and no code-like tag (<see cref="FrenchTypographyVerbatimScreen"/>, asked once per paragraph)
/// is not read at all.
/// </summary>
public sealed class FrenchTypographyLiteralRenderer : HtmlObjectRenderer<LiteralInline>
{
    private static readonly HashSet<string> VerbatimTags = new(StringComparer.Ordinal) { "code", "pre", "kbd", "samp", "script", "style", "textarea" };

    // For each container of the paragraph being rendered: the next sibling not yet read, and how many
    // code-like raw HTML tags the siblings read so far left open.
    private readonly Dictionary<ContainerInline, (Inline? Next, int Depth)> _scans = new(ReferenceEqualityComparer.Instance);
    private ContainerInline? _paragraph;
    private bool _paragraphMayHoldVerbatimText;
    private readonly bool _screensParagraphs;

    public FrenchTypographyLiteralRenderer()
        : this(screensParagraphs: true)
    {
    }

    /// <param name="screensParagraphs">
    /// Asks <see cref="FrenchTypographyVerbatimScreen"/> once per paragraph before reading its tags; false reads them for
    /// every literal the spacing changes, as before the screen (for the tests that compare both ways).
    /// </param>
    internal FrenchTypographyLiteralRenderer(bool screensParagraphs) => _screensParagraphs = screensParagraphs;

    protected override void Write(HtmlRenderer renderer, LiteralInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var before = CharacterBefore(obj);
        var after = CharacterAfter(obj);
        if (!FrenchTypography.NeedsWork(obj.Content.AsSpan(), before, after))
        {
            // Nothing to set: written from the source, no string made.
            WriteAsIs(renderer, obj);
            return;
        }

        var text = obj.Content.ToString();
        var typeset = FrenchTypography.Apply(text, before, after);
        if (ReferenceEquals(typeset, text) || IsVerbatim(obj))
        {
            WriteAsIs(renderer, obj);
        }
        else if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(typeset);
        }
        else
        {
            renderer.Write(typeset);
        }
    }

    private static void WriteAsIs(HtmlRenderer renderer, LiteralInline obj)
    {
        if (renderer.EnableHtmlEscape)
        {
            renderer.WriteEscape(ref obj.Content);
        }
        else
        {
            renderer.Write(ref obj.Content);
        }
    }

    private bool IsVerbatim(LiteralInline literal)
    {
        var root = (ContainerInline?)literal.Parent;
        while (root?.Parent is { } above)
        {
            root = above;
        }

        if (!ReferenceEquals(root, _paragraph))
        {
            _paragraph = root;
            _scans.Clear();
            _paragraphMayHoldVerbatimText = !_screensParagraphs || root is null || FrenchTypographyVerbatimScreen.MayHoldVerbatimText(root);
        }

        if (!_paragraphMayHoldVerbatimText)
        {
            return false;
        }

        for (Inline node = literal; node.Parent is { } parent; node = parent)
        {
            if (parent is LinkInline { IsAutoLink: true } || OpenVerbatimTagsBefore(parent, node) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many code-like tags the raw HTML before <paramref name="node"/>, among its siblings, left open.</summary>
    private int OpenVerbatimTagsBefore(ContainerInline parent, Inline node)
    {
        var (next, depth) = _scans.TryGetValue(parent, out var scan) ? scan : (parent.FirstChild, 0);
        for (var pass = 0; pass < 2; pass++)
        {
            while (next is not null && !ReferenceEquals(next, node))
            {
                if (next is HtmlInline { Tag: { } tag })
                {
                    depth = Math.Max(0, depth + VerbatimTagKind(tag));
                }

                next = next.NextSibling;
            }

            if (next is not null)
            {
                break;
            }

            // Not found after where the last reading stopped (a container rendered again): read it from the start.
            (next, depth) = (parent.FirstChild, 0);
        }

        _scans[parent] = (next, depth);
        return depth;
    }

    /// <summary>+1 for an opening code-like tag, -1 for its closing tag, 0 for any other tag (read by <see cref="InlineHtmlTag"/>).</summary>
    private static int VerbatimTagKind(string tag) => InlineHtmlTag.Read(tag) switch
    {
        { } read when VerbatimTags.Contains(read.Name) => read.IsEndTag ? -1 : read.IsSelfClosing ? 0 : 1,
        _ => 0,
    };

    /// <summary>The last character of the text just before <paramref name="literal"/> in its paragraph, when it is known.</summary>
    private static char? CharacterBefore(Inline literal)
    {
        var node = literal;
        while (node.PreviousSibling is null)
        {
            if (node.Parent?.Parent is null)
            {
                return null;
            }

            node = node.Parent;
        }

        return LastCharacter(node.PreviousSibling);
    }

    /// <summary>The first character of the text just after <paramref name="literal"/> in its paragraph, when it is known.</summary>
    private static char? CharacterAfter(Inline literal)
    {
        var node = literal;
        while (node.NextSibling is null)
        {
            if (node.Parent?.Parent is null)
            {
                return null;
            }

            node = node.Parent;
        }

        return FirstCharacter(node.NextSibling);
    }

    private static char? FirstCharacter(Inline inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content[literal.Content.Start],
        LineBreakInline => '\n',
        ContainerInline container when container.FirstChild is { } first => FirstCharacter(first),
        _ => null,
    };

    private static char? LastCharacter(Inline inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => literal.Content[literal.Content.End],
        LineBreakInline => '\n',
        ContainerInline container when container.LastChild is { } last => LastCharacter(last),
        _ => null,
    };
}
