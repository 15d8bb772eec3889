using System.Text;

namespace FabMob.Web.DataPages;

/// <summary>Finds a data file by the name configuration gives it, whatever the normalisation of the file name on disk.</summary>
internal static class DataFileLookup
{
    public static bool TryFind(IReadOnlyDictionary<string, object?> data, string name, out object? value)
    {
        if (data.TryGetValue(name, out value))
        {
            return true;
        }

        var wanted = name.Normalize(NormalizationForm.FormC);
        foreach (var (key, candidate) in data)
        {
            if (string.Equals(key.Normalize(NormalizationForm.FormC), wanted, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }
}
