using System.Text;
using FabMob.Content.FrontMatterParsing;

namespace FabMob.Content.Checking;

/// <summary>
/// Finds where a key is written in a file's front matter, so that a finding about its value
/// (the cover image) points at the right line. The typed <see cref="FrontMatter"/> keeps no positions.
/// </summary>
internal static class FrontMatterLocator
{
    /// <summary>Line and column (1-based) of the value of the first top-level <paramref name="keys"/>, else 1:1.</summary>
    public static (int Line, int Column) Locate(string fullPath, params string[] keys)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (1, 1);
        }

        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return (1, 1);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimEnd() is "---" or "...")
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            var key = line[..colon].Trim().Trim('"', '\'').Normalize(NormalizationForm.FormC);
            if (keys.Any(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)))
            {
                var value = colon + 1;
                while (value < line.Length && line[value] == ' ')
                {
                    value++;
                }

                return (i + 1, value < line.Length ? value + 1 : colon + 1);
            }
        }

        return (1, 1);
    }
}
