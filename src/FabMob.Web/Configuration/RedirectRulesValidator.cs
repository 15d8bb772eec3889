using FabMob.Content.Redirects;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Configuration;

/// <summary>Checks <c>Site:Redirects</c> at start; each failure names its key (<c>Site:Redirects:2:To</c>).</summary>
internal sealed class RedirectRulesValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Redirects.Count; i++)
        {
            var rule = options.Redirects[i];
            PatternRedirect.Create(rule.From, rule.To, rule.IfExists, out var problems);
            failures.AddRange(problems.Select(problem => $"Site:Redirects:{i}:{problem.Field} : {problem.Message}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The valid rules, compiled once, in their order.</summary>
    public static PatternRedirects Compile(IEnumerable<RedirectRule> rules) =>
        new(rules.Select(rule => PatternRedirect.Create(rule.From, rule.To, rule.IfExists, out _)).OfType<PatternRedirect>());
}
