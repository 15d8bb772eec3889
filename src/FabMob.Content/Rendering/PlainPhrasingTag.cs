using System.Collections.Frozen;

namespace FabMob.Content.Rendering;

/// <summary>
/// One raw inline HTML tag written so plainly that the page need not be parsed whole to sanitise it
/// (<see cref="RawHtmlFastPath"/>): <c>&lt;name&gt;</c>, <c>&lt;/name&gt;</c> or, for a void element,
/// <c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;br /&gt;</c>; the name a lower-case phrasing element of
/// <see cref="Elements"/>; attributes only from <see cref="Attributes"/>, each <c>name="value"</c> after one or
/// more spaces, the value with no <c>&lt;</c>, <c>&gt;</c>, <c>"</c>, <c>&amp;</c>, backtick nor control
/// character, each name once. Anything else (upper case, other white space, a new line, unquoted or
/// single-quoted values, an entity, a slash in the wrong place, a void element's end tag, a comment) is not
/// such a tag. Read character by character, no regular expression: the whole grammar is this method.
/// </summary>
internal readonly record struct PlainPhrasingTag(string Name, bool IsEndTag)
{
    /// <summary>
    /// Phrasing elements the full sanitiser's policy keeps with these attributes, that hold no address, run no
    /// script, are not read as text by the tokenizer, and that the HTML parser nests as written when every one is
    /// closed in the same inline container (no implied end tags, no foster parenting, no foreign content).
    /// </summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.Create(StringComparer.Ordinal,
        "abbr", "b", "bdi", "br", "cite", "code", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    /// <summary>Elements with no content and no end tag (<c>&lt;/br&gt;</c> is read as a <c>&lt;br&gt;</c> by browsers).</summary>
    public static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.Ordinal, "br", "wbr");

    /// <summary>Plain attributes the policy keeps: none carries an address, a style or a script.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.Create(StringComparer.Ordinal,
        "class", "datetime", "dir", "id", "lang", "title");

    public bool IsVoid => VoidElements.Contains(Name);

    /// <summary>The tag <paramref name="tag"/> is, whole, or null when it is not written by this grammar.</summary>
    public static PlainPhrasingTag? Read(string? tag)
    {
        if (tag is null || tag.Length < 3 || tag[0] != '<' || tag[^1] != '>')
        {
            return null;
        }

        var i = 1;
        var isEnd = tag[i] == '/';
        if (isEnd)
        {
            i++;
        }

        var nameStart = i;
        while (i < tag.Length && tag[i] is >= 'a' and <= 'z')
        {
            i++;
        }

        if (!Elements.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tag.AsSpan(nameStart, i - nameStart), out var name))
        {
            return null;
        }

        var isVoid = VoidElements.Contains(name);
        if (isEnd)
        {
            // </name> exactly; a void element has no end tag.
            return !isVoid && i == tag.Length - 1 ? new PlainPhrasingTag(name, true) : null;
        }

        Span<int> seen = stackalloc int[Attributes.Count];
        var count = 0;
        while (true)
        {
            var spaces = i;
            while (tag[i] == ' ')
            {
                i++;
            }

            if (tag[i] == '>')
            {
                return i == tag.Length - 1 ? new PlainPhrasingTag(name, false) : null;
            }

            if (tag[i] == '/')
            {
                // <br/> or <br />: only a void element may close itself, and only at the very end.
                return isVoid && i == tag.Length - 2 ? new PlainPhrasingTag(name, false) : null;
            }

            if (i == spaces)
            {
                return null; // an attribute right after the name or after a closing quote
            }

            var attributeStart = i;
            while (tag[i] is >= 'a' and <= 'z')
            {
                i++;
            }

            var attribute = AttributeIndex(tag.AsSpan(attributeStart, i - attributeStart));
            if (attribute < 0 || seen[..count].Contains(attribute) || tag[i] != '=' || tag[i + 1] != '"')
            {
                return null;
            }

            seen[count++] = attribute;
            i += 2;
            while (i < tag.Length && IsValueCharacter(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length - 1 || tag[i] != '"')
            {
                return null;
            }

            i++;
        }
    }

    private static readonly string[] AttributeOrder = [.. Attributes];

    private static int AttributeIndex(ReadOnlySpan<char> name)
    {
        for (var k = 0; k < AttributeOrder.Length; k++)
        {
            if (name.SequenceEqual(AttributeOrder[k]))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsValueCharacter(char c) => c is not ('<' or '>' or '"' or '&' or '`') && !char.IsControl(c);
}
