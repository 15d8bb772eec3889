namespace FabMob.Web.Models;

/// <summary>A tag or category as a link, with how many articles it has.</summary>
public sealed record TermLink(string Label, string Url, int Count = 0);
