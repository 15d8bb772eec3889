using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing.Git;

/// <summary>Checks the <c>Edition</c> section's git keys at start; each failure names its key, in French.</summary>
internal sealed class ContentGitOptionsValidator : IValidateOptions<ContentGitOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentGitOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Git))
        {
            failures.Add("Edition:Git est obligatoire (git, ou le chemin complet de l'exécutable).");
        }

        if (options.GitTimeoutSeconds is < 1 or > 3600)
        {
            failures.Add($"Edition:GitTimeoutSeconds doit être entre 1 et 3600, pas {options.GitTimeoutSeconds}.");
        }

        if (options.Remote.Length > 0 && (options.Remote.StartsWith('-') || options.Remote.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))))
        {
            failures.Add($"Edition:Remote doit être le nom d'un dépôt distant (comme origin), pas « {options.Remote} ».");
        }

        if (string.IsNullOrWhiteSpace(options.CommitterName) || options.CommitterName.Any(c => char.IsControl(c) || c is '<' or '>'))
        {
            failures.Add("Edition:CommitterName est obligatoire, sans caractère de contrôle, < ni >.");
        }

        if (!options.CommitterEmail.Contains('@', StringComparison.Ordinal)
            || options.CommitterEmail.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '<' or '>'))
        {
            failures.Add($"Edition:CommitterEmail doit être une adresse électronique, pas « {options.CommitterEmail} ».");
        }

        if (options.MaxFileBytes is < 1024 or > 100L * 1024 * 1024)
        {
            failures.Add($"Edition:MaxFileBytes doit être entre 1024 et 104857600, pas {options.MaxFileBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
