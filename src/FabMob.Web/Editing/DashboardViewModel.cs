namespace FabMob.Web.Editing;

/// <summary>The editor's dashboard: who is signed in, the title filter typed, and what matches it.</summary>
public sealed record DashboardViewModel(string EditorName, string RoleLabel, string Query, EditableContent Content, int Total);
