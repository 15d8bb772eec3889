using System.Collections;

namespace FabMob.Web.Logging;

/// <summary>
/// The log scope of a request, with the properties of ASP.NET Core hosting's own (<c>RequestId</c>, the request's
/// trace identifier, and <c>RequestPath</c>, path base and path as sent): every line logged inside it carries them.
/// </summary>
internal sealed class RequestLogScope(HttpContext context) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string RequestIdName = "RequestId";
    public const string RequestPathName = "RequestPath";

    private readonly string _requestId = context.TraceIdentifier;
    private readonly string _path = PathOf(context.Request);

    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new(RequestIdName, _requestId),
        1 => new(RequestPathName, _path),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"RequestPath:{_path} RequestId:{_requestId}";

    /// <summary>As hosting writes it: path base and path, escaped.</summary>
    public static string PathOf(HttpRequest request) =>
        (request.PathBase.HasValue ? request.PathBase + request.Path : request.Path).ToString();
}
