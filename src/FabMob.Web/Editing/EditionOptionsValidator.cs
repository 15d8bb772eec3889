using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>Checks the accounts at start; each failure names its configuration key, in French.</summary>
public sealed class EditionOptionsValidator : IValidateOptions<EditionOptions>
{
    public ValidateOptionsResult Validate(string? name, EditionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            var key = $"{EditionOptions.Section}:Accounts:{i}";
            if (string.IsNullOrWhiteSpace(account.Name))
            {
                failures.Add($"{key}:Name : le nom de l’éditeur manque.");
            }

            var email = account.Email.Trim();
            if (email.Length == 0 || email.Length > 254 || !email.Contains('@', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace))
            {
                failures.Add($"{key}:Email : « {account.Email} » n’est pas une adresse e-mail.");
            }
            else if (!emails.Add(email))
            {
                failures.Add($"{key}:Email : l’adresse « {email} » est déjà celle d’un autre compte.");
            }

            if (!EditorRoles.IsKnown(account.Role))
            {
                failures.Add($"{key}:Role : « {account.Role} » n’est pas un rôle ; « {EditorRoles.Redaction} » ou « {EditorRoles.Administration} ».");
            }

            if (!PasswordHashes.IsWellFormed(account.PasswordHash))
            {
                failures.Add($"{key}:PasswordHash : ce n’est pas une empreinte de mot de passe ; créez-la avec « FabMob.Web hash-password ».");
            }
        }

        Positive(failures, nameof(options.SessionMinutes), options.SessionMinutes);
        Positive(failures, nameof(options.SignInPermitLimit), options.SignInPermitLimit);
        Positive(failures, nameof(options.AccountPermitLimit), options.AccountPermitLimit);
        Positive(failures, nameof(options.SignInWindowSeconds), options.SignInWindowSeconds);
        Positive(failures, nameof(options.LockoutFailures), options.LockoutFailures);
        Positive(failures, nameof(options.LockoutWindowMinutes), options.LockoutWindowMinutes);
        Positive(failures, nameof(options.LockoutMinutes), options.LockoutMinutes);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, int value)
    {
        if (value <= 0)
        {
            failures.Add($"{EditionOptions.Section}:{key} : {value} ne convient pas ; un nombre entier positif est attendu.");
        }
    }
}
