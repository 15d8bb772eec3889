using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FabMob.Web.Caching;

/// <summary>
/// <c>If-None-Match</c> read by the framework's parser: <c>*</c>, or any listed tag equal to the response's
/// under the weak comparison the header calls for (RFC 9110 §13.1.2: <c>W/"x"</c> matches <c>"x"</c>).
/// A header that does not parse matches nothing (the full response is sent).
/// </summary>
public static class EntityTagMatch
{
    public static bool AnyMatches(StringValues ifNoneMatch, EntityTagHeaderValue etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        foreach (var tag in tags)
        {
            if (tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            {
                return true;
            }
        }

        return false;
    }
}
