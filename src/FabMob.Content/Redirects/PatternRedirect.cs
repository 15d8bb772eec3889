namespace FabMob.Content.Redirects;

/// <summary>
/// One compiled redirect rule: requests that fit <see cref="From"/> are sent to <see cref="To"/> with
/// the same values; with <see cref="IfExists"/>, only when that target leads to a page.
/// </summary>
public sealed class PatternRedirect
{
    private PatternRedirect(PathPattern from, PathPattern to, bool ifExists)
    {
        From = from;
        To = to;
        IfExists = ifExists;
    }

    public PathPattern From { get; }
    public PathPattern To { get; }
    public bool IfExists { get; }

    /// <summary>Whether the target may itself fit the source (<c>/{category}/{id}</c> → <c>/blog/{id}</c>).</summary>
    public bool MayRedirectToItself => From.Overlaps(To);

    /// <summary>
    /// Compiles a rule, or lists what is wrong with it: each problem is the field it concerns
    /// (<c>From</c> or <c>To</c>) and a French message.
    /// </summary>
    public static PatternRedirect? Create(string? from, string? to, bool ifExists, out IReadOnlyList<(string Field, string Message)> problems)
    {
        var found = new List<(string, string)>();
        var source = PathPattern.Parse(from, out var fromProblem);
        if (fromProblem is not null)
        {
            found.Add(("From", fromProblem));
        }

        var target = PathPattern.Parse(to, out var toProblem);
        if (toProblem is not null)
        {
            found.Add(("To", toProblem));
        }

        if (source is not null && target is not null)
        {
            foreach (var name in target.Names.Where(name => !source.Names.Contains(name)))
            {
                found.Add(("To", $"utilise « {{{name}}} », que From (« {source.Text} ») n'a pas."));
            }

            if (source.Text == target.Text)
            {
                found.Add(("To", $"« {target.Text} » redirige vers elle-même."));
            }
        }

        problems = found;
        return found.Count == 0 ? new PatternRedirect(source!, target!, ifExists) : null;
    }

    /// <summary>The target for the values of a request that fits <see cref="From"/>.</summary>
    public string Target(IReadOnlyDictionary<string, string> values) => To.Expand(values);

    /// <summary>
    /// The source paths of this rule that lead to <paramref name="address"/> (an address of the site, or
    /// a spelling of it such as an article's raw file name): each parameter of <see cref="To"/> takes its
    /// value from the address; a parameter only <see cref="From"/> has takes each of <paramref name="freeValues"/>
    /// (the article's categories, for <c>/{category}/{id}</c>). Nothing when the address does not fit <see cref="To"/>.
    /// </summary>
    public IEnumerable<string> SourcesOf(string address, IReadOnlyList<string> freeValues)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(freeValues);
        var trimmed = address.Length > 1 ? address.TrimEnd('/') : address;
        var values = To.Match(trimmed == "/" ? [] : trimmed[1..].Split('/'));
        if (values is null)
        {
            return [];
        }

        var free = From.Names.Where(name => !values.ContainsKey(name)).ToList();
        IEnumerable<Dictionary<string, string>> filled = [values];
        foreach (var name in free)
        {
            filled = filled.SelectMany(known => freeValues.Where(v => v.Length > 0)
                .Select(value => new Dictionary<string, string>(known, StringComparer.Ordinal) { [name] = value }));
        }

        return filled.Select(From.Expand);
    }

    public override string ToString() => $"{From} → {To}{(IfExists ? " (si la cible existe)" : "")}";
}
