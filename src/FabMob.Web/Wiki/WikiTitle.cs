using System.Globalization;
using System.Text;

namespace FabMob.Web.Wiki;

/// <summary>
/// MediaWiki page titles as the data files write them (<c>Mon_Compte_Mobilité</c>, sometimes
/// percent-encoded) and as the wiki answers them (<c>Mon Compte Mobilité</c>), and the wiki's addresses.
/// </summary>
internal static class WikiTitle
{
    /// <summary>Characters MediaWiki leaves as they are in its page addresses (<c>wfUrlencode</c>).</summary>
    private const string KeptInAddresses = ";:@$!*(),/~";

    /// <summary>
    /// The readable title of an id: percent-decoded, <c>_</c> → space, runs of spaces collapsed, NFC
    /// (<c>Registre_de_Preuve_de_Covoiturage_(RPC)</c> → <c>Registre de Preuve de Covoiturage (RPC)</c>).
    /// </summary>
    public static string Readable(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var text = id.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(id) : id;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('_', ' '))
        {
            var space = char.IsWhiteSpace(c);
            if (space && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(space ? ' ' : c);
        }

        return builder.ToString().TrimEnd().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The key under which an id and the wiki's title for it meet: the readable title with its first
    /// letter in upper case, as MediaWiki stores titles.
    /// </summary>
    public static string Key(string id)
    {
        var readable = Readable(id);
        if (readable.Length == 0 || !char.IsLower(readable[0]))
        {
            return readable;
        }

        return string.Concat(readable[..1].ToUpper(CultureInfo.InvariantCulture), readable.AsSpan(1));
    }

    /// <summary>A title MediaWiki can take in a <c>titles=</c> list.</summary>
    public static bool IsValid(string id)
    {
        var readable = Readable(id);
        return readable.Length is > 0 and <= 255 && readable.IndexOfAny(['|', '[', ']', '{', '}', '<', '>', '#']) < 0 &&
               !readable.Any(char.IsControl);
    }

    /// <summary>The page on the wiki: <c>{root}/wiki/Mon_Compte_Mobilit%C3%A9</c>; empty without a root.</summary>
    public static string PageUrl(string root, string id) =>
        root.Length == 0 ? "" : root + "/wiki/" + Encode(Readable(id).Replace(' ', '_'));

    /// <summary>A file's picture: <c>{root}/wiki/Special:Filepath/{file}</c>.</summary>
    public static string FileUrl(string root, string file) =>
        root + "/wiki/Special:Filepath/" + Encode(Readable(file).Replace(' ', '_'));

    private static string Encode(string title)
    {
        var escaped = Uri.EscapeDataString(title);
        foreach (var c in KeptInAddresses)
        {
            escaped = escaped.Replace("%" + ((int)c).ToString("X2", CultureInfo.InvariantCulture), c.ToString(), StringComparison.Ordinal);
        }

        return escaped;
    }
}
