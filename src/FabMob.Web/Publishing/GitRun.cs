namespace FabMob.Web.Publishing;

/// <summary>How one git command ended: its exit code and output, or why it did not finish.</summary>
public sealed record GitRun(GitRunStatus Status, int ExitCode, string Output)
{
    public bool Succeeded => Status == GitRunStatus.Exited && ExitCode == 0;
}
