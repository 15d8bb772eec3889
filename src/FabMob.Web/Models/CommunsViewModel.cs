using FabMob.Content.Data;

namespace FabMob.Web.Models;

/// <summary>The communs page.</summary>
public sealed record CommunsViewModel(PageMeta Meta, IReadOnlyList<Commun> Communs) : ILayoutModel;
