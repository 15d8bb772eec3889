namespace FabMob.Web.Tests.Browser;

/// <summary>
/// What axe-core found on a page: violations (failures), checks it could not decide (to review), and the
/// rules that passed.
/// </summary>
public sealed record AxeReport(string Version, IReadOnlyList<AxeFinding> Violations, IReadOnlyList<AxeFinding> Incomplete,
    IReadOnlyList<string> Passes);
