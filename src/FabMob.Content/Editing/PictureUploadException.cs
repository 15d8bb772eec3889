namespace FabMob.Content.Editing;

/// <summary>An uploaded picture refused, with a French message for the editor.</summary>
public sealed class PictureUploadException : Exception
{
    public PictureUploadException(PictureUploadRefusal refusal, string message) : base(message)
    {
        Refusal = refusal;
    }

    public PictureUploadException()
    {
    }

    public PictureUploadException(string message) : base(message)
    {
    }

    public PictureUploadException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public PictureUploadRefusal Refusal { get; }
}
