using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The built application (<c>src/FabMob.Web/bin/…/FabMob.Web.dll</c>, the same configuration as this test
/// assembly) started as its own process with <c>dotnet</c>, from a neutral folder, in Production: as a server
/// on a free loopback port (<see cref="Serve"/>, its output collected line by line), or as a command that
/// runs to its end (<see cref="RunAsync"/>).
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly ConcurrentQueue<string> _output = new();

    private SiteProcess(ProcessStartInfo start, Uri address)
    {
        Address = address;
        Process = Process.Start(start)!;
        Process.OutputDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        Process.ErrorDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    public Process Process { get; }

    /// <summary>Where it listens: <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri Address { get; }

    /// <summary>Its standard output and error so far, one entry a line.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    /// <summary>Starts the site on a free loopback port with these arguments and environment variables.</summary>
    public static SiteProcess Serve(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = StartInfo(arguments.Prepend($"--urls=http://127.0.0.1:{port}"), environment);
        return new SiteProcess(start, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Asks <paramref name="path"/> until the site answers (60 s at most); fails if the process ends first.</summary>
    public async Task<HttpResponseMessage> WaitForAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(Process.HasExited, "the site stopped before answering:\n" + string.Join('\n', Output));
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

    /// <summary>Runs <c>dotnet FabMob.Web.dll …</c> (a command such as <c>check</c>) and waits for it (90 s at most).</summary>
    public static async Task<(int Status, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = StartInfo(arguments, environment: null);
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), await errors);
    }

    /// <summary>The repository's top folder (where <c>FabMob.sln</c> is).</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FabMob.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return directory;
    }

    /// <summary>The web app as built next to its project (bin/Debug or bin/Release, like this test assembly).</summary>
    public static string WebAppAssembly()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var assembly = Path.Combine(RepositoryRoot().FullName, "src", "FabMob.Web", "bin", testBin.Parent!.Name, testBin.Name,
            "FabMob.Web.dll");
        Assert.True(File.Exists(assembly), $"{assembly} is not built");
        return assembly;
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(WebAppAssembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Kills the process (and its children) if it still runs.</summary>
    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        Process.Dispose();
    }
}
