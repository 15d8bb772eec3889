using System.Globalization;

namespace FabMob.Web.Editing;

/// <summary>What the sign-in page says, in French. One message for an unknown e-mail and a wrong password.</summary>
public static class SignInMessages
{
    public const string Rejected = "Adresse e-mail ou mot de passe incorrect.";

    public const string TooManyFromAddress = "Trop de tentatives de connexion depuis votre adresse réseau.";

    public const string TooManyForAccount = "Trop de tentatives de connexion pour cette adresse e-mail.";

    public const string Locked = "Cette adresse e-mail est bloquée après plusieurs échecs de connexion.";

    /// <summary><c>{reason} Réessayez dans 3 minutes.</c></summary>
    public static string WithDelay(string reason, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var delay = seconds < 120
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} seconde{(seconds > 1 ? "s" : "")}")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Ceiling(seconds / 60.0)} minutes");
        return $"{reason} Réessayez dans {delay}.";
    }
}
