namespace FabMob.Web.Tests.Browser;

/// <summary>The screen sizes of the browser tests: a desktop and a phone.</summary>
public static class Viewports
{
    public const int DesktopWidth = 1280;
    public const int DesktopHeight = 900;
    public const int PhoneWidth = 375;
    public const int PhoneHeight = 740;

    /// <summary>The narrowest screen the layout supports without horizontal scrolling.</summary>
    public const int NarrowestWidth = 320;
}
