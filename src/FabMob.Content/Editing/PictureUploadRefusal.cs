namespace FabMob.Content.Editing;

/// <summary>Why an uploaded picture is refused.</summary>
public enum PictureUploadRefusal
{
    /// <summary>The extension is not one of <see cref="PictureFormats.Extensions"/> (SVG included: see <see cref="PictureFormat"/>).</summary>
    ExtensionNotAllowed,

    /// <summary>The bytes are not a picture of the format the extension names.</summary>
    ContentMismatch,

    /// <summary>Past <see cref="PictureUploadOptions.MaxBytes"/>, or empty.</summary>
    Size,

    /// <summary>The name has nothing usable, or the site would not serve the file where it goes.</summary>
    Name,
}
