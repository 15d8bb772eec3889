namespace FabMob.Web.Editing;

/// <summary>The sign-in page: the e-mail typed (kept after a failure), a French message, where to go after.</summary>
public sealed record SignInViewModel(string? Email, string? Message, string? ReturnUrl);
