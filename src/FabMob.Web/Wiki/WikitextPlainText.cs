using System.Text;
using AngleSharp.Html.Parser;

namespace FabMob.Web.Wiki;

/// <summary>
/// A template parameter's wikitext as plain text: templates dropped, <c>[[target|label]]</c> → label,
/// <c>[https://… label]</c> → label, files and categories dropped, bold and italic quotes, headings and
/// list marks removed; what HTML is left (<c>&lt;br/&gt;</c>, entities, <c>&lt;ref&gt;</c>) is read by
/// AngleSharp; spaces collapsed.
/// </summary>
internal static class WikitextPlainText
{
    private static readonly string[] DroppedLinkPrefixes =
        ["File:", "Fichier:", "Image:", "Média:", "Media:", "Category:", "Catégorie:"];

    private static readonly string[] ExternalSchemes = ["http://", "https://", "//", "mailto:"];

    private static readonly HtmlParser Parser = new();

    /// <summary>The most wikitext read of one parameter: summaries are cut far shorter.</summary>
    private const int MaxInput = 20_000;

    public static string From(string wikitext)
    {
        ArgumentNullException.ThrowIfNull(wikitext);
        var text = WikitextTemplateReader.WithoutComments(wikitext.Length > MaxInput ? wikitext[..MaxInput] : wikitext);
        text = WithoutTemplates(text);
        text = WithInternalLinksAsText(text);
        text = WithExternalLinksAsText(text);
        text = WithoutLineMarks(text).Replace("'''", "", StringComparison.Ordinal).Replace("''", "", StringComparison.Ordinal);
        return Collapse(HtmlText(text));
    }

    /// <summary>A file name from a picture parameter: <c>[[Fichier:Logo.png|200px]]</c> or <c>File:Logo.png</c> → <c>Logo.png</c>.</summary>
    public static string? FileName(string value)
    {
        var name = value.Trim();
        if (name.StartsWith("[[", StringComparison.Ordinal))
        {
            var end = name.IndexOf("]]", StringComparison.Ordinal);
            name = name[2..(end < 0 ? name.Length : end)];
            var bar = name.IndexOf('|', StringComparison.Ordinal);
            name = bar < 0 ? name : name[..bar];
        }

        foreach (var prefix in DroppedLinkPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[prefix.Length..];
                break;
            }
        }

        name = Collapse(name);
        return name.Length == 0 || name.IndexOfAny(['{', '}', '[', ']', '<', '>', '|']) >= 0 ? null : name;
    }

    private static string WithoutTemplates(string text)
    {
        var builder = new StringBuilder(text.Length);
        var from = 0;
        int start;
        while ((start = text.IndexOf("{{", from, StringComparison.Ordinal)) >= 0)
        {
            builder.Append(text, from, start - from);
            var end = WikitextTemplateReader.ClosingOf(text, start);
            if (end < 0)
            {
                return builder.ToString();
            }

            from = end;
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    private static string WithInternalLinksAsText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var from = 0;
        int start;
        while ((start = text.IndexOf("[[", from, StringComparison.Ordinal)) >= 0)
        {
            builder.Append(text, from, start - from);
            var end = LinkEnd(text, start);
            if (end < 0)
            {
                return builder.Append(text, start, text.Length - start).ToString();
            }

            var inside = text[(start + 2)..(end - 2)];
            // [[:Catégorie:X]] (leading colon) is a visible link; [[Fichier:…]] and [[Catégorie:…]] are not text.
            if (inside.StartsWith(':') || !IsCategoryOrFile(inside))
            {
                var bar = inside.IndexOf('|', StringComparison.Ordinal);
                builder.Append(bar < 0 ? inside.TrimStart(':') : inside[(bar + 1)..]);
            }

            from = end;
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    private static bool IsCategoryOrFile(string inside) =>
        DroppedLinkPrefixes.Any(prefix => inside.TrimStart().StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>The index after the <c>]]</c> closing the <c>[[</c> at <paramref name="start"/> (file captions may hold links).</summary>
    private static int LinkEnd(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length - 1; i++)
        {
            if (text[i] == '[' && text[i + 1] == '[')
            {
                depth++;
                i++;
            }
            else if (text[i] == ']' && text[i + 1] == ']')
            {
                depth--;
                i++;
                if (depth == 0)
                {
                    return i + 1;
                }
            }
        }

        return -1;
    }

    private static string WithExternalLinksAsText(string text)
    {
        var builder = new StringBuilder(text.Length);
        var from = 0;
        var closing = true; // false once no ']' is left: every later '[' is text
        int start;
        while ((start = text.IndexOf('[', from)) >= 0)
        {
            builder.Append(text, from, start - from);
            var end = closing && StartsExternalLink(text, start + 1) ? text.IndexOf(']', start) : -1;
            closing &= end >= 0 || !StartsExternalLink(text, start + 1);
            if (end < 0)
            {
                builder.Append('[');
                from = start + 1;
                continue;
            }

            var inside = text[(start + 1)..end];
            var space = inside.IndexOf(' ', StringComparison.Ordinal);
            builder.Append(space < 0 ? "" : inside[(space + 1)..]);
            from = end + 1;
        }

        return builder.Append(text, from, text.Length - from).ToString();
    }

    private static bool StartsExternalLink(string text, int index)
    {
        foreach (var scheme in ExternalSchemes)
        {
            if (text.AsSpan(index).StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Headings (<c>== x ==</c>), list and indent marks at line starts, and magic words (<c>__NOTOC__</c>).</summary>
    private static string WithoutLineMarks(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 1 && line[0] == '=' && line[^1] == '=')
            {
                line = line.Trim('=').Trim();
            }

            lines[i] = line.TrimStart('*', '#', ':', ';').TrimStart();
        }

        var joined = string.Join('\n', lines);
        foreach (var magic in new[] { "__NOTOC__", "__TOC__", "__FORCETOC__", "__NOEDITSECTION__" })
        {
            joined = joined.Replace(magic, "", StringComparison.Ordinal);
        }

        return joined;
    }

    private static string HtmlText(string text)
    {
        if (!text.Contains('<', StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        using var document = Parser.ParseDocument("<!DOCTYPE html><body>" + text);
        var body = document.Body!;
        foreach (var dropped in body.QuerySelectorAll("ref, references, script, style, gallery").ToList())
        {
            dropped.Remove();
        }

        foreach (var separator in body.QuerySelectorAll("br, p, div, li, tr, td, th").ToList())
        {
            separator.Before(document.CreateTextNode(" "));
            separator.After(document.CreateTextNode(" "));
        }

        return body.TextContent;
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = c is ' ' or '\t' or '\r' or '\n';
            if (space && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
        }

        return builder.ToString().TrimEnd();
    }
}
