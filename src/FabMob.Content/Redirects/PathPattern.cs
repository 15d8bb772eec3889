using System.Text.RegularExpressions;
using FabMob.Content.Addresses;

namespace FabMob.Content.Redirects;

/// <summary>
/// A site path pattern of a redirect rule, compiled once: literal segments and <c>{name}</c> segments,
/// each <c>{name}</c> standing for exactly one non-empty segment (<c>/articles/{category}/{id}</c>).
/// Literal segments compare as the site compares a loose spelling: by slug (<c>/Blog/Mentors/</c>
/// matches <c>/blog/mentors</c>), since every rule answers with a redirect anyway.
/// </summary>
public sealed partial class PathPattern
{
    private readonly Segment[] _segments;

    private PathPattern(string text, Segment[] segments)
    {
        Text = text;
        _segments = segments;
        Names = [.. segments.Where(s => s.IsParameter).Select(s => s.Value)];
    }

    /// <summary>The pattern as written (NFC, no trailing slash).</summary>
    public string Text { get; }

    /// <summary>The names of its parameters, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    public int SegmentCount => _segments.Length;

    /// <summary>
    /// Compiles <paramref name="text"/>, or says in French what is wrong with it (null pattern):
    /// it must start with <c>/</c>, have no empty segment, no <c>?</c> or <c>#</c>, and each
    /// <c>{name}</c> (letters, digits, <c>_</c>) must fill a whole segment and appear once.
    /// </summary>
    public static PathPattern? Parse(string? text, out string? problem)
    {
        problem = Problem(text);
        if (problem is not null)
        {
            return null;
        }

        var normalized = ContentUrlRules.Normalize(text!.Length > 1 ? text.TrimEnd('/') : text);
        var parts = normalized == "/" ? [] : normalized[1..].Split('/');
        var segments = new Segment[parts.Length];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                problem = $"« {text} » a un segment vide (« // »).";
                return null;
            }

            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var name = part[1..^1];
                if (!NameShape().IsMatch(name))
                {
                    problem = $"« {part} » : un nom de paramètre s'écrit avec des lettres, des chiffres et « _ ».";
                    return null;
                }

                if (!names.Add(name))
                {
                    problem = $"le paramètre « {{{name}}} » apparaît deux fois dans « {text} ».";
                    return null;
                }

                segments[i] = new Segment(name, IsParameter: true);
            }
            else if (part.Contains('{', StringComparison.Ordinal) || part.Contains('}', StringComparison.Ordinal))
            {
                problem = $"« {part} » : un paramètre {{nom}} occupe un segment entier (entre deux « / »).";
                return null;
            }
            else
            {
                segments[i] = new Segment(part, IsParameter: false, SlugBuilder.Slugify(part));
            }
        }

        return new PathPattern(normalized, segments);
    }

    private static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "adresse manquante.";
        }

        if (!text.StartsWith('/') || text.StartsWith("//", StringComparison.Ordinal))
        {
            return $"« {text} » doit commencer par un seul « / » (une adresse du site, comme /articles/{{id}}).";
        }

        if (text.Any(char.IsControl) || text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal) ||
            text.Contains('\\', StringComparison.Ordinal))
        {
            return $"« {text} » ne peut contenir ni « ? », ni « # », ni « \\ », ni caractère de contrôle.";
        }

        return null;
    }

    /// <summary>
    /// The values of the parameters when <paramref name="segments"/> (a decoded NFC request path cut at
    /// <c>/</c>) fit the pattern, else null. A value is never empty, <c>.</c>, <c>..</c> or made of control characters.
    /// </summary>
    public Dictionary<string, string>? Match(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (segments.Count != _segments.Length)
        {
            return null;
        }

        // Literals first: most requests fail there, before any value is kept.
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (!segment.IsParameter && segments[i] != segment.Value && SlugBuilder.Slugify(segments[i]) != segment.Slug)
            {
                return null;
            }
        }

        var values = new Dictionary<string, string>(Names.Count, StringComparer.Ordinal);
        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i].IsParameter)
            {
                var value = segments[i];
                if (value.Length == 0 || value is "." or ".." || value.Any(char.IsControl))
                {
                    return null;
                }

                values[_segments[i].Value] = value;
            }
        }

        return values;
    }

    /// <summary>
    /// Whether every segment of <paramref name="other"/> could fill this pattern (its parameters fit
    /// anything): a rule whose target fits its own source could redirect to itself.
    /// </summary>
    public bool Overlaps(PathPattern other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other._segments.Length == _segments.Length && _segments.Zip(other._segments)
            .All(pair => pair.First.IsParameter || pair.Second.IsParameter || pair.First.Slug == pair.Second.Slug);
    }

    /// <summary>The site path with each <c>{name}</c> replaced by its value (every name must have one).</summary>
    public string Expand(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return UrlPath.FromSegments(_segments.Select(s => s.IsParameter ? values[s.Value] : s.Value));
    }

    /// <summary>
    /// The pattern in the syntax of Netlify's and Cloudflare's <c>_redirects</c>: literal segments
    /// percent-encoded (ASCII), parameters as <c>:name</c>.
    /// </summary>
    public string ToPlaceholders() =>
        _segments.Length == 0
            ? "/"
            : string.Concat(_segments.Select(s => "/" + (s.IsParameter ? ":" + s.Value : UrlPath.ForHeader(s.Value))));

    public override string ToString() => Text;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NameShape();

    private readonly record struct Segment(string Value, bool IsParameter, string Slug = "");
}
