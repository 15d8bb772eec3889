using System.Diagnostics;
using System.Text;
using FabMob.Web.Configuration;
using FabMob.Web.Content;
using FabMob.Web.Export;
using FabMob.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Commands;

/// <summary>
/// <c>export DIR</c>: writes the whole site (as Production serves it) into DIR for any static host,
/// then checks its internal links. The site is started on a loopback port for the time of the export.
/// Exit status: 0 when everything was written and every site-made link has its target, 1 otherwise,
/// 2 for bad usage or configuration. Links editors wrote to pages that do not exist yet are listed
/// as warnings (as <c>check</c> does) unless <c>--strict</c> is given. <c>--compress</c> also writes a
/// Brotli (<c>.br</c>) and a gzip (<c>.gz</c>) copy beside each text file, for hosts that serve them.
/// </summary>
internal static class ExportCommand
{
    private const string Usage = "usage : FabMob.Web export DOSSIER [--strict] [--compress] [--Site:ContentPath=DOSSIER] [autres réglages --Clé=valeur]";

    public static Task<int> RunAsync(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return RunAsync(args, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        var strict = args.Contains("--strict");
        var compress = args.Contains("--compress");
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (positional.Count != 1)
        {
            await errors.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var target = Path.GetFullPath(positional[0]);
        // Each address is asked for once: keeping and compressing responses would be wasted work; a static
        // copy has no search, so no index is built.
        string[] settings = ["--Site:ResponseCache=false", "--Search:Enabled=false",
            .. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != "--strict" && a != "--compress")];
        var stopwatch = Stopwatch.StartNew();
        var builder = SiteHost.CreateBuilder(settings, Environments.Production);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddFabMobSite();
        await using var app = builder.Build();
        app.UseFabMobSite();
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync("export : configuration invalide : " + string.Join(" ", e.Failures)).ConfigureAwait(false);
            return 2;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        var snapshot = app.Services.GetRequiredService<ContentSnapshotHost>().Current;
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        var addresses = app.Services.GetRequiredService<Routing.SiteAddresses>();
        var exporter = new StaticExporter(client, snapshot, site, addresses, app.Services.GetRequiredService<Routing.GeneratedAddresses>(),
            app.Services.GetRequiredService<FabMob.Content.Redirects.PatternRedirects>(), app.Environment.WebRootPath ?? "", target);
        // A batch job, not a server: the pool's raised minimum (Hosting.ContentBuildThreads) is kept for the whole export,
        // whose requests, copies and compression run parallel loops, as it was before the minimum followed builds only.
        using var threads = ContentBuildThreads.Raise();
        var result = await exporter.RunAsync(app.Services.GetRequiredService<TimeProvider>().GetUtcNow()).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        var compressed = compress ? PrecompressedCopies.Write(target) : 0;

        foreach (var failure in result.Failures)
        {
            await errors.WriteLineAsync("erreur : " + failure).ConfigureAwait(false);
        }

        foreach (var link in result.BrokenLinks)
        {
            await errors.WriteLineAsync($"erreur : {link.Page} : lien sans cible dans l'export : {link.Target}").ConfigureAwait(false);
        }

        foreach (var link in result.ContentLinks)
        {
            await errors.WriteLineAsync($"{(strict ? "erreur" : "avertissement")} : {link.Page} : lien vers une page qui n'existe pas : {link.Target}")
                .ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"Export : {result.Pages} adresses, {result.Files} fichiers, {result.Redirects} redirections écrites dans {target} " +
            (compress ? $"{compressed} copies compressées (.br, .gz) " : "") +
            $"en {stopwatch.Elapsed.TotalSeconds:0.0} s ; {result.BrokenLinks.Count + result.Failures.Count} erreur(s), " +
            $"{result.ContentLinks.Count} lien(s) vers des pages inexistantes.").ConfigureAwait(false);
        var failed = result.Failures.Count > 0 || result.BrokenLinks.Count > 0 || (strict && result.ContentLinks.Count > 0);
        return failed ? 1 : 0;
    }
}
