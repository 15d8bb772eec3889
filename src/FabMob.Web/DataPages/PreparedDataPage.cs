using FabMob.Web.Configuration;
using FabMob.Web.Models;

namespace FabMob.Web.DataPages;

/// <summary>
/// A data page as far as it can be made once per snapshot: its entries read, its Markdown rendered.
/// <see cref="Content"/> is the finished view model for views that do not change between requests,
/// else the entries the request completes (events to split, missions to filter, wiki pages to look up).
/// </summary>
public sealed record PreparedDataPage(DataPage Page, string View, PageMeta Meta, string? IntroHtml, object Content);
