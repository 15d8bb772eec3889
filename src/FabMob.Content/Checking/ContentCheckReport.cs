namespace FabMob.Content.Checking;

/// <summary>What <see cref="ContentChecker"/> found in a content tree.</summary>
/// <param name="Findings">Errors and warnings, sorted by file, line and column, without duplicates.</param>
/// <param name="FileCount">How many files were checked (pages and data files).</param>
public sealed record ContentCheckReport(IReadOnlyList<ContentError> Findings, int FileCount)
{
    public int ErrorCount => Findings.Count(f => f.Severity == ContentSeverity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == ContentSeverity.Warning);

    /// <summary>True when at least one file cannot be published as written.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>This report with more findings (the site configuration file's), sorted with the others.</summary>
    public ContentCheckReport With(IEnumerable<ContentError> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var added = more.ToList();
        return added.Count == 0 ? this : this with
        {
            Findings = [.. Findings.Concat(added).Distinct()
                .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column)],
            FileCount = FileCount + 1,
        };
    }

    /// <summary>The closing line, in French: <c>3 fichiers vérifiés : 1 erreur, 2 avertissements</c>.</summary>
    public string Summary =>
        $"{Count(FileCount, "fichier vérifié", "fichiers vérifiés")} : {Count(ErrorCount, "erreur", "erreurs")}, " +
        Count(WarningCount, "avertissement", "avertissements");

    // French takes the singular for 0 and 1.
    private static string Count(int count, string singular, string plural) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(count < 2 ? singular : plural)}";
}
