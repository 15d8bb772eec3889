namespace FabMob.Content;

/// <summary>How serious a finding about a content file is.</summary>
public enum ContentSeverity
{
    /// <summary>The file (or the part named) is left out of the site.</summary>
    Error,

    /// <summary>The site uses a fallback; the editor should still look.</summary>
    Warning,
}

/// <summary>
/// A finding about one content file, located by line and column (1-based) so that an editor
/// can open the file at the right place. Messages are written in French, for editors.
/// </summary>
public sealed record ContentError(string File, int Line, int Column, ContentSeverity Severity, string Message)
{
    /// <summary>The <c>chemin:ligne:colonne: erreur|avertissement: message</c> form editors read.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == ContentSeverity.Error ? "erreur" : "avertissement")}: {Message}";
}
