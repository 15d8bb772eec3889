namespace FabMob.Web.Wiki;

/// <summary>
/// Reads the top-level template calls of a page's wikitext. Parameters may span lines and hold
/// <c>[[links|with bars]]</c> and <c>{{nested|templates}}</c>: a <c>|</c> splits parameters only outside
/// them. HTML comments are dropped first. No wikitext parser is packaged for .NET here, so this is
/// the small bounded scanner the task needs: one pass, no recursion, no backtracking.
/// </summary>
internal static class WikitextTemplateReader
{
    /// <summary>The most templates read from one page (a page is not a template library).</summary>
    private const int MaxTemplates = 64;

    public static IReadOnlyList<WikitextTemplate> Read(string wikitext)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        var text = WithoutComments(wikitext);
        var templates = new List<WikitextTemplate>();
        var i = 0;
        while (templates.Count < MaxTemplates && (i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var end = ClosingOf(text, i);
            if (end < 0)
            {
                break;
            }

            if (Parse(text.AsSpan(i + 2, end - i - 4)) is { } template)
            {
                templates.Add(template);
            }

            i = end;
        }

        return templates;
    }

    /// <summary>The text without <c>&lt;!-- … --&gt;</c> (an unclosed comment runs to the end, as in MediaWiki).</summary>
    public static string WithoutComments(string text)
    {
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var from = 0;
        while (start >= 0)
        {
            builder.Append(text, from, start - from);
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0)
            {
                return builder.ToString();
            }

            from = end + 3;
            start = text.IndexOf("<!--", from, StringComparison.Ordinal);
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>The index just after the <c>}}</c> closing the <c>{{</c> at <paramref name="start"/>, or -1.</summary>
    public static int ClosingOf(string text, int start)
    {
        var braces = 0;
        var links = 0;
        var i = start;
        while (i < text.Length - 1)
        {
            var pair = text.AsSpan(i, 2);
            if (pair is "{{")
            {
                braces++;
            }
            else if (pair is "}}")
            {
                braces--;
                if (braces == 0)
                {
                    return i + 2;
                }
            }
            else if (pair is "[[")
            {
                links++;
            }
            else if (pair is "]]" && links > 0)
            {
                links--;
            }
            else
            {
                i++;
                continue;
            }

            i += 2;
        }

        return -1;
    }

    private static WikitextTemplate? Parse(ReadOnlySpan<char> body)
    {
        var parts = SplitAtTopLevelBars(body);
        var name = parts[0].Trim();
        if (name.Length == 0 || name.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        foreach (var part in parts.Skip(1))
        {
            var equals = TopLevelEquals(part);
            if (equals > 0)
            {
                parameters.TryAdd(part[..equals].Trim(), part[(equals + 1)..].Trim());
            }
            else
            {
                position++;
                parameters.TryAdd(position.ToString(System.Globalization.CultureInfo.InvariantCulture), part.Trim());
            }
        }

        return new WikitextTemplate(name, parameters);
    }

    private static List<string> SplitAtTopLevelBars(ReadOnlySpan<char> body)
    {
        var parts = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (i + 1 < body.Length && (body.Slice(i, 2) is "{{" or "[["))
            {
                depth++;
                i++;
            }
            else if (i + 1 < body.Length && (body.Slice(i, 2) is "}}" or "]]") && depth > 0)
            {
                depth--;
                i++;
            }
            else if (body[i] == '|' && depth == 0)
            {
                parts.Add(body[from..i].ToString());
                from = i + 1;
            }
        }

        parts.Add(body[from..].ToString());
        return parts;
    }

    /// <summary>The <c>=</c> of a named parameter: the first one, with no link, template or tag before it.</summary>
    private static int TopLevelEquals(string part)
    {
        var equals = part.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && part.AsSpan(0, equals).IndexOfAny("{[<") < 0 ? equals : -1;
    }
}
