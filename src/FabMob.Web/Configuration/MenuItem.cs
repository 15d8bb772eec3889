namespace FabMob.Web.Configuration;

/// <summary>One entry of the header navigation.</summary>
public sealed class MenuItem
{
    public string Label { get; set; } = "";
    public string Url { get; set; } = "";
}
