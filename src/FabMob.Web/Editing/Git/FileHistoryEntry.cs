namespace FabMob.Web.Editing.Git;

/// <summary>One commit that touched a file: who, when, what.</summary>
public sealed record FileHistoryEntry(string Commit, string AuthorName, string AuthorEmail, DateTimeOffset Date, string Message);
