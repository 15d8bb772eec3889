namespace FabMob.Content.Editing;

/// <summary>Deep equality of the plain values front matter reads into (strings, booleans, numbers, lists, maps).</summary>
internal static class PlainValues
{
    public static bool Equal(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) => SameMap(x, y),
        (IDictionary<string, object?> x, IDictionary<string, object?> y) => x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && Equal(p.Value, v)),
        (IList<object?> x, IList<object?> y) => x.Count == y.Count && x.Zip(y).All(p => Equal(p.First, p.Second)),
        _ => Equals(a, b),
    };

    private static bool SameMap(IReadOnlyDictionary<string, object?> x, IReadOnlyDictionary<string, object?> y) =>
        x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var v) && Equal(p.Value, v));
}
