using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FabMob.Content;
using FabMob.Content.Checking;
using FabMob.Web.Configuration;
using FabMob.Web.Hosting;
using FabMob.Web.Routing;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Commands;

/// <summary>
/// <c>check</c>: validates every file of the content tree and prints one line per finding,
/// <c>chemin:ligne:colonne: erreur|avertissement: message</c>, then a summary line; or, with
/// <c>--format json</c>, a JSON array of findings on standard output and the summary on standard
/// error. The configuration is built as the server builds it (<c>appsettings.json</c>, environment,
/// <c>--Site:ContentPath=…</c>), without starting the server.
/// Exit status: 0 without errors (warnings allowed), 1 with errors, 2 for bad usage or configuration.
/// </summary>
internal static class CheckCommand
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;

    private const string Usage =
        "usage : FabMob.Web check [--format texte|json] [--Site:ContentPath=DOSSIER] [autres réglages --Clé=valeur]";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Accents stay readable; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs the command on the console (UTF-8).</summary>
    public static Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return RunAsync(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the command, writing findings to <paramref name="output"/> and problems to <paramref name="errors"/>.</summary>
    /// <param name="args">The arguments after <c>check</c>.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (args.Any(a => a is "-h" or "--help" or "--aide"))
        {
            await output.WriteLineAsync(Usage).ConfigureAwait(false);
            return Success;
        }

        if (!TryReadFormat(args, out var json, out var settings, out var problem))
        {
            await errors.WriteLineAsync($"check : {problem}\n{Usage}").ConfigureAwait(false);
            return UsageError;
        }

        // `check` searches nothing: no search text is collected while the content is read.
        var builder = SiteHost.CreateBuilder(["--Search:Enabled=false", .. settings]);
        builder.Logging.ClearProviders();
        builder.Services.AddFabMobSite();
        await using var app = builder.Build();

        SiteOptions site;
        try
        {
            site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            if (app.Services.GetRequiredService<SiteFileConfigurationSource>().File.Error is { } fileError)
            {
                // A broken site.yaml is the content's fault, reported as a file's error.
                await output.WriteLineAsync(fileError.ToString()).ConfigureAwait(false);
                return ContentErrors;
            }

            foreach (var failure in e.Failures)
            {
                await errors.WriteLineAsync($"check : configuration invalide : {failure}").ConfigureAwait(false);
            }

            return UsageError;
        }

        var snapshot = app.Services.GetRequiredService<ContentSnapshotBuilder>().Build(site.ContentPath);
        var addresses = app.Services.GetRequiredService<SiteAddresses>();
        var checker = new ContentChecker(app.Services.GetRequiredService<ContentOptions>(),
            Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl : null);
        var report = checker.Check(snapshot, path => addresses.Exists(snapshot, path))
            .With(SiteFileFindings.Of(app.Services.GetRequiredService<SiteFileConfigurationSource>().File));
        if (Theme.ThemeLogoCheck.Warning(site.Theme, snapshot) is { } logoWarning)
        {
            await errors.WriteLineAsync("check : avertissement : " + logoWarning).ConfigureAwait(false);
        }

        if (json)
        {
            await output.WriteLineAsync(ToJson(report.Findings)).ConfigureAwait(false);
            await errors.WriteLineAsync(report.Summary).ConfigureAwait(false);
        }
        else
        {
            foreach (var finding in report.Findings)
            {
                await output.WriteLineAsync(finding.ToString()).ConfigureAwait(false);
            }

            await output.WriteLineAsync(report.Summary).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
        return report.HasErrors ? ContentErrors : Success;
    }

    /// <summary>Takes <c>--format json|texte</c> (or <c>--format=…</c>) out; the rest is configuration.</summary>
    private static bool TryReadFormat(string[] args, out bool json, out string[] settings, out string? problem)
    {
        json = false;
        problem = null;
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            string? format = null;
            if (args[i] is "--format" or "-f")
            {
                format = i + 1 < args.Length ? args[++i] : "";
            }
            else if (args[i].StartsWith("--format=", StringComparison.Ordinal))
            {
                format = args[i]["--format=".Length..];
            }
            else
            {
                rest.Add(args[i]);
                continue;
            }

            switch (format.ToLowerInvariant())
            {
                case "json":
                    json = true;
                    break;
                case "texte" or "text":
                    json = false;
                    break;
                default:
                    problem = $"format « {format} » inconnu (texte ou json)";
                    settings = [];
                    return false;
            }
        }

        settings = [.. rest];
        return true;
    }

    /// <summary>A JSON array of <c>{file, line, column, severity: error|warning, message}</c>.</summary>
    private static string ToJson(IReadOnlyList<ContentError> findings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString("file", finding.File);
                writer.WriteNumber("line", finding.Line);
                writer.WriteNumber("column", finding.Column);
                writer.WriteString("severity", finding.Severity == ContentSeverity.Error ? "error" : "warning");
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
