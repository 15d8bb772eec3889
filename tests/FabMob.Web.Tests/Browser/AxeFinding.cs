namespace FabMob.Web.Tests.Browser;

/// <summary>One axe-core rule that failed (or could not decide) on a page, with the elements concerned.</summary>
public sealed record AxeFinding(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes)
{
    public override string ToString() =>
        $"{Id} ({Impact ?? "?"}) : {Help}{string.Concat(Nodes.Select(n => Environment.NewLine + "    " + n))}";
}
