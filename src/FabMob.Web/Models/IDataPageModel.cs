namespace FabMob.Web.Models;

/// <summary>A page drawn from a data file: what every data view shows above its entries.</summary>
public interface IDataPageModel : ILayoutModel
{
    /// <summary>The configured introduction, Markdown rendered and sanitised, or null.</summary>
    string? IntroHtml { get; }
}
