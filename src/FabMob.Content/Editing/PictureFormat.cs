namespace FabMob.Content.Editing;

/// <summary>
/// The picture formats the editor accepts, known by their first bytes. SVG is not one of them: it is a
/// document that can carry scripts and event handlers, and the site serves pictures from its own origin,
/// where the editors' session lives; no maintained SVG sanitiser is at hand, so an SVG goes through git.
/// </summary>
public enum PictureFormat
{
    Jpeg,
    Png,
    Gif,
    Webp,
}
