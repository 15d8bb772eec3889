using System.Text;

namespace FabMob.Web.Publishing;

/// <summary>How one git command ended, with its standard output whole (bytes) and its standard error apart.</summary>
public sealed record GitOutput(GitRunStatus Status, int ExitCode, byte[] Stdout, string Error)
{
    public bool Succeeded => Status == GitRunStatus.Exited && ExitCode == 0;

    /// <summary>Standard output as UTF-8 text, trimmed.</summary>
    public string Text => Encoding.UTF8.GetString(Stdout).Trim();
}
