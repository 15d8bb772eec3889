using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>The events page, split at request time into upcoming and past.</summary>
public sealed record EventsViewModel(PageMeta Meta, string? IntroHtml, IReadOnlyList<SiteEvent> Upcoming, IReadOnlyList<SiteEvent> Past)
    : IDataPageModel;
