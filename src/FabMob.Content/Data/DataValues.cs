using System.Globalization;
using System.Text;
using FabMob.Content.Addresses;

namespace FabMob.Content.Data;

/// <summary>Tolerant reading of the plain values of a data file: keys in any case, trimmed, NFC or NFD, French or English.</summary>
public static class DataValues
{
    public static string? Text(IReadOnlyDictionary<string, object?> map, params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var (name, value) in map)
            {
                if (SameKey(name, key) && Text(value) is { } text)
                {
                    return text;
                }
            }
        }

        return null;
    }

    public static object? Value(IReadOnlyDictionary<string, object?> map, params string[] keys)
    {
        foreach (var key in keys)
        {
            foreach (var (name, value) in map)
            {
                if (SameKey(name, key))
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a key as written (<c>nom </c>, <c>Rôle</c> in NFD) is the key looked for.</summary>
    public static bool SameKey(string written, string wanted)
    {
        var trimmed = written.AsSpan().Trim();
        if (trimmed.Equals(wanted.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Only non-ASCII keys can differ by normalisation alone.
        return !Ascii.IsValid(trimmed) &&
               string.Equals(trimmed.ToString().Normalize(NormalizationForm.FormC), wanted.Trim().Normalize(NormalizationForm.FormC),
                   StringComparison.OrdinalIgnoreCase);
    }

    public static string? Text(object? value) => value switch
    {
        string s when s.Trim().Length > 0 => s.Trim(),
        bool b => b ? "true" : "false",
        long or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>
    /// A data file's picture or page, ready for an <c>href</c>/<c>src</c>: an absolute URL as is, else a site
    /// path (a path without <c>/</c> is taken from the content root) encoded once, whether the editor wrote it
    /// with its accents and spaces or already percent-encoded (<c>/blog/interviewR%C3%A9unis</c>).
    /// </summary>
    public static string? SitePath(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (PageLinkResolver.HasScheme(path) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return path;
        }

        return UrlPath.ForHref(UrlPath.Decode(path.StartsWith('/') ? path : "/" + path.TrimStart('.', '/')));
    }

    /// <summary>A list, or a map whose values are the items (keys kept as a name when the item has none).</summary>
    public static IEnumerable<(string? Key, object? Item)> Items(object? value) => value switch
    {
        IEnumerable<object?> list when value is not string and not IReadOnlyDictionary<string, object?> => list.Select(item => ((string?)null, item)),
        IReadOnlyDictionary<string, object?> map => map.Select(pair => ((string?)pair.Key, pair.Value)),
        _ => [],
    };

    /// <summary>The items of a list only: anything else (a map, a string, nothing) has none.</summary>
    public static IEnumerable<object?> ListItems(object? value) =>
        value is IEnumerable<object?> list && value is not IReadOnlyDictionary<string, object?> ? list : [];
}
