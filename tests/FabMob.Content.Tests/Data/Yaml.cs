namespace FabMob.Content.Tests.Data;

/// <summary>Data file text turned into the plain values a snapshot holds, as the site reads it.</summary>
internal static class Yaml
{
    public static object? Values(string yaml)
    {
        var node = new YamlDocumentReader(new ContentLimits()).Load(yaml, "_data/test.yaml", firstLine: 1, out var error);
        Assert.Null(error);
        return node is null ? null : YamlDocumentReader.ToValue(node);
    }
}
