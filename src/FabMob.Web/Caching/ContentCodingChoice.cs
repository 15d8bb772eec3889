using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Caching;

/// <summary>
/// The content coding to answer with, read from <c>Accept-Encoding</c> by the framework's parser (RFC 9110
/// §12.5.3): each coding's q-value, <c>*</c> for the codings not named, <c>identity</c> acceptable unless
/// refused (<c>identity;q=0</c>, or <c>*;q=0</c> without it), ranked by its own q-value only when named (or
/// through <c>*</c>). The highest q-value wins; on a tie, Brotli, then gzip, then the bytes as they are (the
/// smallest first).
/// </summary>
public static class ContentCodingChoice
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    /// <summary>
    /// <c>br</c>, <c>gzip</c> or <c>null</c> (identity) among the codings available. When the client refuses
    /// them all (identity included), the bytes as they are: a page is better than a 406.
    /// </summary>
    /// <summary>Distinct header values remembered parsed (browsers send a handful); past this, each is parsed per request.</summary>
    private const int MaxRemembered = 256;

    private static readonly ConcurrentDictionary<string, Qualities> Remembered = new(StringComparer.Ordinal);

    public static string? Choose(StringValues acceptEncoding, bool brotliAvailable, bool gzipAvailable)
    {
        if (StringValues.IsNullOrEmpty(acceptEncoding))
        {
            return null;
        }

        Qualities qualities;
        if (acceptEncoding.Count == 1)
        {
            var raw = acceptEncoding.ToString();
            if (!Remembered.TryGetValue(raw, out qualities))
            {
                qualities = Parse(acceptEncoding);
                if (Remembered.Count < MaxRemembered)
                {
                    Remembered.TryAdd(raw, qualities);
                }
            }
        }
        else
        {
            qualities = Parse(acceptEncoding);
        }

        if (!qualities.Parsed)
        {
            return null;
        }

        var brotliQuality = brotliAvailable ? qualities.Brotli ?? qualities.Any ?? 0 : 0;
        var gzipQuality = gzipAvailable ? qualities.Gzip ?? qualities.Any ?? 0 : 0;
        // Identity is acceptable unless refused, but not named it ranks below every coding the client lists
        // (as ASP.NET Core's ResponseCompression ranks it); named, its q-value competes.
        var identityQuality = qualities.Identity ?? qualities.Any ?? 0;
        if (brotliQuality > 0 && brotliQuality >= gzipQuality && brotliQuality >= identityQuality)
        {
            return Brotli;
        }

        if (gzipQuality > 0 && gzipQuality >= identityQuality)
        {
            return Gzip;
        }

        return null;
    }

    private static Qualities Parse(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings) || codings.Count == 0)
        {
            return default;
        }

        double? brotli = null, gzip = null, identity = null, any = null;
        foreach (var coding in codings)
        {
            var quality = coding.Quality ?? 1.0;
            var name = coding.Value;
            if (name.Equals(Brotli, StringComparison.OrdinalIgnoreCase))
            {
                brotli = Math.Max(brotli ?? 0, quality);
            }
            else if (name.Equals(Gzip, StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = Math.Max(gzip ?? 0, quality);
            }
            else if (name.Equals(Identity, StringComparison.OrdinalIgnoreCase))
            {
                identity = Math.Max(identity ?? 0, quality);
            }
            else if (name.Equals("*", StringComparison.Ordinal))
            {
                any = Math.Max(any ?? 0, quality);
            }
        }

        return new Qualities(true, brotli, gzip, identity, any);
    }

    /// <summary>The q-values a header gives each coding the site has (<c>null</c>: not named).</summary>
    private readonly record struct Qualities(bool Parsed, double? Brotli, double? Gzip, double? Identity, double? Any);
}
