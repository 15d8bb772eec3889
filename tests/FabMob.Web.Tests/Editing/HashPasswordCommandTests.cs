using FabMob.Web.Editing;
using Microsoft.AspNetCore.Identity;

namespace FabMob.Web.Tests.Editing;

/// <summary><c>hash-password</c> prints a hash that ASP.NET Core Identity's PasswordHasher verifies.</summary>
public sealed class HashPasswordCommandTests
{
    [Fact]
    public async Task A_piped_password_is_printed_as_a_hash_that_the_password_hasher_verifies()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await HashPasswordCommand.RunAsync([], new StringReader("correct horse battery staple\n"), output, errors);

        Assert.Equal(0, status);
        var hash = output.ToString().Trim();
        var hasher = new PasswordHasher<object>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(new object(), hash, "correct horse battery staple"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(new object(), hash, "correct horse battery stapler"));
        Assert.DoesNotContain("correct horse", output.ToString(), StringComparison.Ordinal);
        Assert.True(PasswordHashes.IsWellFormed(hash));
    }

    [Fact]
    public async Task A_short_password_is_refused_in_french()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var status = await HashPasswordCommand.RunAsync([], new StringReader("court\n"), output, errors);

        Assert.Equal(2, status);
        Assert.Empty(output.ToString());
        Assert.Contains("trop court", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_runs_the_command_instead_of_the_server()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "FabMob.Web.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [dll, "hash-password"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("un mot de passe de test");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.True(PasswordHashes.Verify(output.Trim(), "un mot de passe de test"));
    }
}
