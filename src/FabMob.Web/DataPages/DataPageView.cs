using FabMob.Web.Models;

namespace FabMob.Web.DataPages;

/// <summary>The Razor view that shows a data page and its model.</summary>
public sealed record DataPageView(string ViewName, IDataPageModel Model);
