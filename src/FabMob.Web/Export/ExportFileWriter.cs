using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace FabMob.Web.Export;

/// <summary>
/// Writes the export's files under one root, tens of thousands of them (a folder and an <c>index.html</c> per
/// address), with as few system calls as a file needs. A file is created new (<c>O_EXCL</c>): no truncation,
/// so ext4 does not write each file out to disk as it is closed (its <c>auto_da_alloc</c> for a file cut to
/// zero); a file left by an earlier export in the same folder is replaced. Each folder is made once.
/// Safe to call from several threads.
/// </summary>
internal sealed class ExportFileWriter(string root)
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>The folder every path is relative to.</summary>
    public string Root => root;

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/>, replacing a file already there.</summary>
    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        var path = Prepare(relative);
        if (!TryCreate(path, bytes))
        {
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="relative"/> unless a file is already there; false then.</summary>
    public bool WriteNew(string relative, ReadOnlySpan<byte> bytes) => TryCreate(Prepare(relative), bytes);

    /// <summary>Copies <paramref name="source"/> (bytes, permissions and times, as <see cref="File.Copy(string, string)"/>) to <paramref name="relative"/>, replacing a file already there.</summary>
    public void Copy(string source, string relative)
    {
        var path = Prepare(relative);
        try
        {
            File.Copy(source, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Copy(source, path, overwrite: true);
        }
    }

    private string Prepare(string relative)
    {
        var path = Path.Combine(root, relative);
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, true);
        }

        return path;
    }

    private static bool TryCreate(string path, ReadOnlySpan<byte> bytes)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, fileOffset: 0);
        }

        return true;
    }
}
