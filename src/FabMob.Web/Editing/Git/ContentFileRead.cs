using System.Text;

namespace FabMob.Web.Editing.Git;

/// <summary>
/// A file opened for editing: its bytes and the git blob id of the working file (<c>git hash-object</c>), which the
/// form carries back so that a save can tell whether the file changed since (another editor, a pull, a hand edit).
/// </summary>
public sealed record ContentFileRead(ContentFileReadStatus Status, string Message, byte[] Bytes, string? Blob)
{
    public bool IsFound => Status == ContentFileReadStatus.Found;

    /// <summary>The bytes as UTF-8 text (a leading BOM dropped).</summary>
    public string Text => Encoding.UTF8.GetString(Bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? Bytes.AsSpan(3) : Bytes);
}
