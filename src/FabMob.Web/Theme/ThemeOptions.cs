namespace FabMob.Web.Theme;

/// <summary><c>Site:Theme</c>: the site's colours, logo and typeface.</summary>
public sealed class ThemeOptions
{
    /// <summary>Site path of the logo in the content tree (<c>/images/fabmob_cmjn1.svg</c>); empty: the name alone.</summary>
    public string? Logo { get; set; }
}
