using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace FabMob.Content.Editing;

/// <summary>
/// Writes one front-matter value as YAML text that reads back as the same string: plain when nothing in
/// it has a meaning in YAML, else in the quoting the file already used for it (single or double), a
/// <c>|-</c> block for several lines. Lines are joined with LF; the caller writes the file's line ends.
/// </summary>
internal static class YamlValueWriter
{
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    /// <summary>
    /// A scalar. <paramref name="preferred"/> is the style the file used for the value;
    /// <paramref name="indent"/> the spaces before a block's lines.
    /// </summary>
    public static string Scalar(string value, ScalarStyle preferred, string indent)
    {
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            return IsLiteralSafe(value) ? Literal(value, indent) : DoubleQuoted(value);
        }

        if (preferred == ScalarStyle.DoubleQuoted || HasSpecialCharacter(value))
        {
            return DoubleQuoted(value);
        }

        if (preferred == ScalarStyle.SingleQuoted)
        {
            return SingleQuoted(value);
        }

        return IsPlainSafe(value, flow: false) ? value : DoubleQuoted(value);
    }

    /// <summary><c>[a, "b, c"]</c>.</summary>
    public static string FlowList(IEnumerable<string> items) =>
        "[" + string.Join(", ", items.Select(item => IsPlainSafe(item, flow: true) ? item : DoubleQuoted(item))) + "]";

    /// <summary>One <c>- item</c> a line, the lines after the first indented by <paramref name="indent"/>.</summary>
    public static string BlockList(IEnumerable<string> items, string indent) =>
        string.Join("\n" + indent, items.Select(item => "- " + (IsPlainSafe(item, flow: false) ? item : DoubleQuoted(item))));

    /// <summary>Whether the value reads back as itself written plain, as a string (not a number, boolean or null).</summary>
    public static bool IsPlainSafe(string value, bool flow)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) ||
            Indicators.Contains(value[0], StringComparison.Ordinal) || HasSpecialCharacter(value) ||
            value.Contains('\n', StringComparison.Ordinal) || value.Contains('\t', StringComparison.Ordinal) ||
            value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) ||
            value.EndsWith(':') || Reserved.Contains(value) ||
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ||
            value.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || value.StartsWith("0o", StringComparison.OrdinalIgnoreCase) ||
            value.StartsWith(".inf", StringComparison.OrdinalIgnoreCase) || value.StartsWith(".nan", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !flow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0;
    }

    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (IsSpecial(c))
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    private static string SingleQuoted(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary><c>|-</c> then each line indented: exact for text with no control characters, no line with trailing spaces, no leading space.</summary>
    private static string Literal(string value, string indent) =>
        "|-\n" + string.Join("\n", value.Split('\n').Select(line => line.Length == 0 ? "" : indent + line));

    private static bool IsLiteralSafe(string value) =>
        value.Length > 0 && !char.IsWhiteSpace(value[0]) && !HasSpecialCharacter(value) &&
        value.Split('\n').All(line => line.Length == 0 || !char.IsWhiteSpace(line[^1]));

    private static bool HasSpecialCharacter(string value) => value.Any(IsSpecial);

    /// <summary>Characters YAML cannot hold as they are, or that a reader would take for a line end or a BOM.</summary>
    private static bool IsSpecial(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029' or '\u0085' or '\uFEFF';
}
