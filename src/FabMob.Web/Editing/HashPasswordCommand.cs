using System.Text;

namespace FabMob.Web.Editing;

/// <summary>
/// <c>hash-password</c>: reads a password and prints its hash for <c>Edition:Accounts:N:PasswordHash</c>. At a
/// terminal, the password is typed twice without echo; piped, it is the first line of standard input.
/// Exit status: 0 with the hash on standard output, 2 for an empty password, a mismatch or bad usage.
/// </summary>
public static class HashPasswordCommand
{
    public const int Success = 0;
    public const int UsageError = 2;

    /// <summary>Below this, the password is refused: a hash does not make a short password strong.</summary>
    public const int MinimumLength = 12;

    private const string Usage = "usage : FabMob.Web hash-password   (le mot de passe est lu sur l’entrée standard)";

    public static Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (!Console.IsInputRedirected && args.Length == 0)
        {
            var first = ReadHidden("Mot de passe : ");
            var second = ReadHidden("Le même, encore : ");
            if (!string.Equals(first, second, StringComparison.Ordinal))
            {
                Console.Error.WriteLine("hash-password : les deux saisies diffèrent.");
                return Task.FromResult(UsageError);
            }

            return RunAsync(args, new StringReader(first), Console.Out, Console.Error);
        }

        return RunAsync(args, Console.In, Console.Out, Console.Error);
    }

    /// <summary>Hashes the first line of <paramref name="input"/> (its line ending excluded).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args.Length > 0)
        {
            var help = args is ["-h"] or ["--help"] or ["--aide"];
            await (help ? output : errors).WriteLineAsync(Usage).ConfigureAwait(false);
            return help ? Success : UsageError;
        }

        var password = await input.ReadLineAsync().ConfigureAwait(false) ?? "";
        if (password.Length < MinimumLength)
        {
            await errors.WriteLineAsync($"hash-password : mot de passe trop court ({password.Length} caractères, au moins {MinimumLength}).")
                .ConfigureAwait(false);
            return UsageError;
        }

        await output.WriteLineAsync(PasswordHashes.Hash(password)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
        return Success;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.ToString();
    }
}
