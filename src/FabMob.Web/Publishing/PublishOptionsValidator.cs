using Microsoft.Extensions.Options;

namespace FabMob.Web.Publishing;

/// <summary>Checks the <c>Publish</c> section at start; each failure names its key.</summary>
internal sealed class PublishOptionsValidator : IValidateOptions<PublishOptions>
{
    public ValidateOptionsResult Validate(string? name, PublishOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Git))
        {
            failures.Add("Publish:Git est obligatoire (git, ou le chemin complet de l'exécutable).");
        }

        if (options.GitTimeoutSeconds is < 1 or > 3600)
        {
            failures.Add($"Publish:GitTimeoutSeconds doit être entre 1 et 3600, pas {options.GitTimeoutSeconds}.");
        }

        if (options.MaxBodyBytes is < 1024 or > 100L * 1024 * 1024)
        {
            failures.Add($"Publish:MaxBodyBytes doit être entre 1024 et 104857600, pas {options.MaxBodyBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
