namespace FabMob.Content.Editing;

/// <summary>
/// The editor refuses to write a file (typed by <see cref="Refusal"/>); <see cref="Finding"/> locates
/// the reason in the file and says it in French, for the editor.
/// </summary>
public sealed class FrontMatterEditException : Exception
{
    public FrontMatterEditException(FrontMatterEditRefusal refusal, ContentError finding)
        : base((finding ?? throw new ArgumentNullException(nameof(finding))).ToString())
    {
        Refusal = refusal;
        Finding = finding;
    }

    public FrontMatterEditException()
    {
        Finding = new ContentError("", 1, 1, ContentSeverity.Error, "modification refusée");
    }

    public FrontMatterEditException(string message) : base(message)
    {
        Finding = new ContentError("", 1, 1, ContentSeverity.Error, message);
    }

    public FrontMatterEditException(string message, Exception innerException) : base(message, innerException)
    {
        Finding = new ContentError("", 1, 1, ContentSeverity.Error, message);
    }

    public FrontMatterEditRefusal Refusal { get; }

    public ContentError Finding { get; }
}
