using System.Text;

namespace FabMob.Content;

/// <summary>
/// Sanitises the raw HTML fragments of one document, in document order, with the tokenizing rules of
/// the HTML standard (tags, attributes, comments, raw-text elements), so that what it sees is what a
/// browser will see. Its state goes from one fragment to the next: a <c>&lt;script&gt;</c> opened in
/// one HTML block is dropped up to its end tag, wherever that is. Edits are minimal: a removed
/// attribute or tag is cut out of the text, everything else stays as the editor wrote it.
/// </summary>
/// <remarks>
/// Removed: <c>&lt;script&gt;</c> elements with their content, <c>on…</c> event attributes,
/// <c>srcdoc</c>, <c>javascript:</c>/<c>vbscript:</c>/<c>data:</c> addresses (data images in
/// <c>&lt;img src&gt;</c> excepted), iframes outside <see cref="EmbedHosts"/>, <c>&lt;base&gt;</c>,
/// <c>&lt;plaintext&gt;</c>, SVG animations that target links or handlers. Neutralised (<c>&lt;</c>
/// written <c>&amp;lt;</c>): tags inside raw-text elements (<c>&lt;style&gt;</c>, <c>&lt;textarea&gt;</c>,
/// <c>&lt;noscript&gt;</c>…) and CDATA sections, which SVG and HTML would read differently. A tag left
/// unfinished at the end of a fragment is cut, since the browser would finish it with what follows.
/// </remarks>
internal sealed class RawHtmlScanner
{
    /// <summary>Elements whose content the HTML tokenizer reads as text up to their end tag.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal)
    {
        "style", "textarea", "title", "xmp", "noembed", "noframes", "noscript", "iframe",
    };

    /// <summary>Attributes that hold an address the browser follows or loads.</summary>
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "codebase", "cite",
        "longdesc", "lowsrc", "dynsrc", "ping", "manifest", "icon", "profile", "usemap", "archive", "classid", "xml:base",
    };

    private static readonly HashSet<string> SvgAnimations = new(StringComparer.Ordinal)
    {
        "animate", "set", "animatemotion", "animatetransform", "animatecolor",
    };

    private Mode _mode = Mode.Data;
    private string _element = "";

    private enum Mode
    {
        Data,
        Comment,
        RawText,
        Drop,
    }

    /// <summary>True while a removed element's content is being dropped (Markdown between fragments is dropped too).</summary>
    public bool IsDropping => _mode == Mode.Drop;

    /// <summary>
    /// What must be appended at the end of the document so that the page's own markup after it is not
    /// swallowed (an unclosed comment or raw-text element), or null.
    /// </summary>
    public string? Closer => _mode switch
    {
        Mode.Comment => "-->",
        Mode.RawText => $"</{_element}>",
        _ => null,
    };

    /// <summary>The name of the element whose end tag is still awaited (for messages).</summary>
    public string OpenElement => _element;

    /// <summary>Sanitises one fragment; findings get the offset in the fragment where they apply.</summary>
    public string Sanitize(string fragment, List<(int Offset, string Message)> findings)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        var output = new StringBuilder(fragment.Length);
        var i = 0;
        while (i < fragment.Length)
        {
            switch (_mode)
            {
                case Mode.Comment:
                {
                    var end = CommentEnd(fragment, i, atStart: false);
                    var stop = end < 0 ? fragment.Length : end;
                    output.Append(fragment, i, stop - i);
                    i = stop;
                    if (end >= 0)
                    {
                        _mode = Mode.Data;
                    }

                    break;
                }

                case Mode.RawText:
                {
                    var close = EndTag(fragment, i, _element);
                    var stop = close < 0 ? fragment.Length : close;
                    if (Neutralise(output, fragment, i, stop) && _element is not ("textarea" or "title" or "iframe"))
                    {
                        findings.Add((i, $"HTML : balises écrites dans <{_element}> changées en texte (elles y sont du texte pour le navigateur)"));
                    }

                    i = stop;
                    if (close >= 0)
                    {
                        _mode = Mode.Data;
                    }

                    break;
                }

                case Mode.Drop:
                {
                    var close = EndTag(fragment, i, _element);
                    if (close < 0)
                    {
                        i = fragment.Length;
                        break;
                    }

                    var tag = Tag.Read(fragment, close);
                    i = tag.Complete ? tag.End : fragment.Length;
                    _mode = Mode.Data;
                    break;
                }

                default:
                {
                    var lt = fragment.IndexOf('<', i);
                    if (lt < 0)
                    {
                        output.Append(fragment, i, fragment.Length - i);
                        i = fragment.Length;
                        break;
                    }

                    output.Append(fragment, i, lt - i);
                    i = Markup(fragment, lt, output, findings);
                    break;
                }
            }
        }

        return output.ToString();
    }

    /// <summary>Handles what starts at a <c>&lt;</c> in the data state; returns where to go on.</summary>
    private int Markup(string s, int lt, StringBuilder output, List<(int Offset, string Message)> findings)
    {
        var next = lt + 1 < s.Length ? s[lt + 1] : '\0';
        if (char.IsAsciiLetter(next))
        {
            var tag = Tag.Read(s, lt);
            if (!tag.Complete)
            {
                findings.Add((lt, $"HTML : balise <{tag.Name}> inachevée (sans « > ») supprimée"));
                return s.Length;
            }

            StartTag(s, tag, output, findings);
            return tag.End;
        }

        if (next == '/')
        {
            var after = lt + 2 < s.Length ? s[lt + 2] : '\0';
            if (char.IsAsciiLetter(after))
            {
                var tag = Tag.Read(s, lt);
                if (!tag.Complete)
                {
                    findings.Add((lt, $"HTML : balise </{tag.Name}> inachevée (sans « > ») supprimée"));
                    return s.Length;
                }

                output.Append(s, lt, tag.End - lt);
                return tag.End;
            }

            if (after == '>')
            {
                output.Append("</>");
                return lt + 3;
            }

            return BogusComment(s, lt, output, findings);
        }

        if (next == '!')
        {
            if (string.CompareOrdinal(s, lt, "<!--", 0, 4) == 0)
            {
                var end = CommentEnd(s, lt + 4, atStart: true);
                if (end < 0)
                {
                    _mode = Mode.Comment;
                    output.Append(s, lt, s.Length - lt);
                    return s.Length;
                }

                output.Append(s, lt, end - lt);
                return end;
            }

            if (string.CompareOrdinal(s, lt, "<![CDATA[", 0, 9) == 0)
            {
                // HTML reads a bogus comment up to the first « > », SVG a CDATA section up to « ]]> »: written as text, both agree.
                findings.Add((lt, "HTML : section CDATA changée en texte"));
                output.Append("&lt;");
                return lt + 1;
            }

            return BogusComment(s, lt, output, findings);
        }

        if (next == '?')
        {
            return BogusComment(s, lt, output, findings);
        }

        output.Append('<');
        return lt + 1;
    }

    private static int BogusComment(string s, int lt, StringBuilder output, List<(int Offset, string Message)> findings)
    {
        var end = s.IndexOf('>', lt + 1);
        if (end < 0)
        {
            findings.Add((lt, "HTML : déclaration « <! » ou « <? » inachevée (sans « > ») supprimée"));
            return s.Length;
        }

        output.Append(s, lt, end + 1 - lt);
        return end + 1;
    }

    private void StartTag(string s, Tag tag, StringBuilder output, List<(int Offset, string Message)> findings)
    {
        switch (tag.Name)
        {
            case "script":
                findings.Add((tag.Start, "HTML : élément <script> supprimé avec son contenu (pas de script dans le contenu)"));
                _mode = Mode.Drop;
                _element = "script";
                return;
            case "plaintext" or "base":
                findings.Add((tag.Start, $"HTML : élément <{tag.Name}> supprimé (il dérègle toute la page)"));
                return;
            case "iframe" or "frame":
            {
                var source = tag.Value(s, "src");
                var host = "";
                if (source is null || !EmbedHosts.Allows(UrlSafety.DecodeReferences(source), out host))
                {
                    var origin = source is null ? "sans adresse « src »" : host.Length > 0 ? $"de « {host} »" : $"d'adresse « {Short(source)} »";
                    findings.Add((tag.Start, $"HTML : <{tag.Name}> {origin} supprimée : seules les adresses https:// de " +
                        $"{string.Join(", ", EmbedHosts.Default)} peuvent être intégrées"));
                    if (tag.Name == "iframe")
                    {
                        _mode = Mode.Drop;
                        _element = "iframe";
                    }

                    return;
                }

                break;
            }

            default:
                if (SvgAnimations.Contains(tag.Name) && tag.Value(s, "attributename") is { } target &&
                    UrlSafety.DecodeReferences(target).Trim().ToLowerInvariant() is var name &&
                    (name is "href" or "xlink:href" or "src" || name.StartsWith("on", StringComparison.Ordinal)))
                {
                    findings.Add((tag.Start, $"HTML : animation SVG <{tag.Name}> de l'attribut « {name} » supprimée"));
                    return;
                }

                break;
        }

        var copied = tag.Start;
        foreach (var attribute in tag.Attributes)
        {
            var reason = Removal(s, tag.Name, attribute, findings);
            if (reason is null)
            {
                continue;
            }

            findings.Add((attribute.NameStart, reason));
            output.Append(s, copied, attribute.NameStart - copied);
            copied = attribute.End;
        }

        output.Append(s, copied, tag.End - copied);
        if (RawTextElements.Contains(tag.Name))
        {
            _mode = Mode.RawText;
            _element = tag.Name;
            if (tag.Name == "style")
            {
                findings.Add((tag.Start, "HTML : élément <style> sans effet (la politique de sécurité du site n'applique que sa feuille de style)"));
            }
        }
    }

    /// <summary>Why an attribute is removed, or null to keep it (a <c>style</c> is kept but reported).</summary>
    private static string? Removal(string s, string element, Attribute attribute, List<(int Offset, string Message)> findings)
    {
        var name = attribute.Name(s);
        if (name.StartsWith("on", StringComparison.Ordinal))
        {
            return $"HTML : attribut « {name} » supprimé de <{element}> (pas de script dans le contenu)";
        }

        if (name == "srcdoc")
        {
            return $"HTML : attribut « srcdoc » supprimé de <{element}>";
        }

        if (name == "style")
        {
            findings.Add((attribute.NameStart,
                $"HTML : attribut « style » de <{element}> sans effet (la politique de sécurité du site bloque les styles en ligne ; " +
                "utilisez une classe de la feuille de style)"));
            return null;
        }

        if (UrlAttributes.Contains(name) && attribute.ValueStart >= 0)
        {
            var value = s[attribute.ValueStart..attribute.ValueEnd];
            var image = name == "src" && element == "img" || name == "poster";
            if (UrlSafety.DangerousScheme(value, image) is { } scheme)
            {
                var shown = scheme == "&" ? "d'écriture ambiguë (référence « & » avant le « : »)" : $"« {scheme}: »";
                return $"HTML : adresse {shown} supprimée de l'attribut « {name} » de <{element}>";
            }
        }

        return null;
    }

    /// <summary>Writes text, turning each <c>&lt;</c> that would start markup into <c>&amp;lt;</c>; true if any was.</summary>
    private static bool Neutralise(StringBuilder output, string s, int from, int to)
    {
        var changed = false;
        for (var i = from; i < to; i++)
        {
            var c = s[i];
            if (c == '<' && i + 1 < s.Length && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] is '/' or '!' or '?'))
            {
                output.Append("&lt;");
                changed = true;
            }
            else
            {
                output.Append(c);
            }
        }

        return changed;
    }

    /// <summary>
    /// Where a comment ends (index after its closing), or −1: <c>--&gt;</c> or <c>--!&gt;</c>, and right
    /// after <c>&lt;!--</c> also <c>&gt;</c> and <c>-&gt;</c> (the standard's abrupt closings).
    /// </summary>
    private static int CommentEnd(string s, int from, bool atStart)
    {
        if (atStart)
        {
            if (from < s.Length && s[from] == '>')
            {
                return from + 1;
            }

            if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>')
            {
                return from + 2;
            }
        }

        var p = from;
        while (true)
        {
            var dashes = s.IndexOf("--", p, StringComparison.Ordinal);
            if (dashes < 0 || dashes + 2 >= s.Length)
            {
                return -1;
            }

            var after = s[dashes + 2];
            if (after == '>')
            {
                return dashes + 3;
            }

            if (after == '!' && dashes + 3 < s.Length && s[dashes + 3] == '>')
            {
                return dashes + 4;
            }

            p = after == '-' ? dashes + 1 : dashes + 2;
        }
    }

    /// <summary>Where <c>&lt;/name</c> followed by a space, <c>/</c>, <c>&gt;</c> or the fragment's end starts, or −1.</summary>
    private static int EndTag(string s, int from, string name)
    {
        var p = from;
        while (true)
        {
            var open = s.IndexOf("</", p, StringComparison.Ordinal);
            if (open < 0)
            {
                return -1;
            }

            var end = open + 2 + name.Length;
            if (end <= s.Length && string.Compare(s, open + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                (end == s.Length || Tag.IsSpace(s[end]) || s[end] is '/' or '>'))
            {
                return open;
            }

            p = open + 2;
        }
    }

    private static string Short(string value) => value.Length > 60 ? value[..60] + "…" : value;

    /// <summary>One attribute of a tag, as offsets in the fragment; value offsets are −1 when it has none.</summary>
    private readonly record struct Attribute(int NameStart, int NameEnd, int ValueStart, int ValueEnd, int End)
    {
        public string Name(string s) => Tag.Lower(s.AsSpan(NameStart, NameEnd - NameStart));
    }

    /// <summary>A start or end tag read with the standard's tag states.</summary>
    private sealed class Tag
    {
        private Tag(int start) => Start = start;

        public int Start { get; }
        public string Name { get; private set; } = "";
        public List<Attribute> Attributes { get; } = [];
        public bool Complete { get; private set; }

        /// <summary>The index after the closing <c>&gt;</c>.</summary>
        public int End { get; private set; }

        public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

        public static string Lower(ReadOnlySpan<char> text)
        {
            var lower = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                lower.Append(char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c);
            }

            return lower.ToString();
        }

        /// <summary>The raw value of the first attribute named <paramref name="name"/> (the one browsers keep), or null.</summary>
        public string? Value(string s, string name)
        {
            foreach (var attribute in Attributes)
            {
                if (attribute.Name(s) == name)
                {
                    return attribute.ValueStart < 0 ? "" : s[attribute.ValueStart..attribute.ValueEnd];
                }
            }

            return null;
        }

        /// <summary>Reads the tag whose <c>&lt;</c> is at <paramref name="lt"/> (a letter, or <c>/</c> then a letter, follows).</summary>
        public static Tag Read(string s, int lt)
        {
            var tag = new Tag(lt);
            var p = lt + 1;
            if (p < s.Length && s[p] == '/')
            {
                p++;
            }

            var nameStart = p;
            while (p < s.Length && !IsSpace(s[p]) && s[p] is not '/' and not '>')
            {
                p++;
            }

            tag.Name = Lower(s.AsSpan(nameStart, p - nameStart));
            while (true)
            {
                while (p < s.Length && (IsSpace(s[p]) || s[p] == '/'))
                {
                    p++;
                }

                if (p >= s.Length)
                {
                    return tag;
                }

                if (s[p] == '>')
                {
                    tag.Complete = true;
                    tag.End = p + 1;
                    return tag;
                }

                // The first character of a name may be « = » (a parse error the standard keeps in the name).
                var attributeStart = p++;
                while (p < s.Length && !IsSpace(s[p]) && s[p] is not '/' and not '>' and not '=')
                {
                    p++;
                }

                var nameEnd = p;
                var q = p;
                while (q < s.Length && IsSpace(s[q]))
                {
                    q++;
                }

                if (q >= s.Length)
                {
                    return tag;
                }

                if (s[q] != '=')
                {
                    tag.Attributes.Add(new Attribute(attributeStart, nameEnd, -1, -1, nameEnd));
                    continue;
                }

                q++;
                while (q < s.Length && IsSpace(s[q]))
                {
                    q++;
                }

                if (q >= s.Length)
                {
                    return tag;
                }

                if (s[q] is '"' or '\'')
                {
                    var close = s.IndexOf(s[q], q + 1);
                    if (close < 0)
                    {
                        return tag;
                    }

                    tag.Attributes.Add(new Attribute(attributeStart, nameEnd, q + 1, close, close + 1));
                    p = close + 1;
                }
                else if (s[q] == '>')
                {
                    tag.Attributes.Add(new Attribute(attributeStart, nameEnd, q, q, q));
                    p = q;
                }
                else
                {
                    var valueStart = q;
                    while (q < s.Length && !IsSpace(s[q]) && s[q] != '>')
                    {
                        q++;
                    }

                    tag.Attributes.Add(new Attribute(attributeStart, nameEnd, valueStart, q, q));
                    p = q;
                }
            }
        }
    }
}
