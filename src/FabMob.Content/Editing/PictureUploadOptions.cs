namespace FabMob.Content.Editing;

/// <summary>Bounds on a picture uploaded from the editor.</summary>
public sealed record PictureUploadOptions
{
    /// <summary>Largest picture accepted, in bytes (5 MiB: a photo from a phone, resized by the editor if larger).</summary>
    public long MaxBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Longest file name kept, extension excluded (longer names are cut at a word).</summary>
    public int MaxNameLength { get; init; } = 60;
}
