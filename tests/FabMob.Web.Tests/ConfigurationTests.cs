using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly TempSite _content = TempSite.FromFixture();

    [Theory]
    [InlineData("Site:BaseUrl", "", "Site:BaseUrl")]
    [InlineData("Site:MembershipUrl", "pas une adresse", "Site:MembershipUrl")]
    [InlineData("Site:NewsletterUrl", "ftp://exemple.org", "Site:NewsletterUrl")]
    [InlineData("Site:Name", " ", "Site:Name")]
    [InlineData("Site:ContentPath", "/dossier/qui/n/existe/pas", "Site:ContentPath")]
    public void A_missing_or_invalid_setting_stops_the_app_at_start_naming_the_key(string key, string value, string named)
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(failure.Failures, message => message.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Membership_and_newsletter_addresses_and_the_menu_come_from_configuration()
    {
        using var factory = new SiteFactory(_content.Root, settings: new Dictionary<string, string?>
        {
            ["Site:MembershipUrl"] = "https://adhesion.example.org/formulaire",
            ["Site:NewsletterUrl"] = "https://lettre.example.org/inscription",
            ["Site:Menu:0:Label"] = "Partenaires",
            ["Site:Menu:0:Url"] = "/nos-partenaires-d-été",
        });
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/windows");

        Assert.Equal("https://adhesion.example.org/formulaire", page.QuerySelector("header a.bouton--adherer")?.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "https://lettre.example.org/inscription");
        Assert.Equal("Partenaires", page.QuerySelector("header nav a")?.TextContent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_built_app_serves_any_content_tree_given_on_the_command_line_or_in_the_environment(bool commandLine)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(WebAppAssembly());
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        if (commandLine)
        {
            start.ArgumentList.Add($"--Site:ContentPath={_content.Root}");
        }
        else
        {
            start.Environment["Site__ContentPath"] = _content.Root;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var response = await WaitForAsync(client, "/nos-partenaires-d-%C3%A9t%C3%A9", process, output);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("Nos partenaires d'été", page.QuerySelector("main h1")?.TextContent);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The web app as built next to its project (bin/Debug or bin/Release, like this test assembly).</summary>
    private static string WebAppAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var repository = testBin;
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "FabMob.sln")))
        {
            repository = repository.Parent;
        }

        Assert.NotNull(repository);
        var assembly = Path.Combine(repository.FullName, "src", "FabMob.Web", "bin", configuration, testBin.Name, "FabMob.Web.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built");
        return assembly;
    }

    private static async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string path, Process process,
        System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, "the site stopped before answering:\n" + string.Join('\n', output));
            try
            {
                return await client.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => _content.Dispose();
}
