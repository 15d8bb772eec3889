using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// Where the Data Protection keys live, which sign the editor's session and antiforgery cookies. By default
/// ASP.NET Core keeps them in <c>~/.aspnet/DataProtection-Keys</c>, or only in memory when the account has no
/// writable home (a container, a systemd <c>DynamicUser</c>): then every restart ends every session and
/// invalidates every open form. <c>Edition:KeysDirectory</c> puts them in a folder that survives restarts and
/// that several instances can share (same application name, <see cref="ApplicationName"/>).
/// </summary>
public static class EditionKeys
{
    public const string ApplicationName = "FabMob.Web";

    public static IServiceCollection AddEditionKeys(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<EditionOptions>, ILoggerFactory>((keys, edition, loggers) =>
        {
            if (Folder(edition.Value) is { } folder)
            {
                keys.XmlRepository = new FileSystemXmlRepository(folder, loggers);
            }
        });
        services.AddOptions<DataProtectionOptions>().Configure<IOptions<EditionOptions>>((protection, edition) =>
        {
            if (Folder(edition.Value) is not null)
            {
                protection.ApplicationDiscriminator = ApplicationName;
            }
        });
        return services;
    }

    /// <summary>
    /// Takes out Data Protection's own hosted service, which reads (or creates) the key ring before Kestrel listens,
    /// loading the XML stack, even when no editor account is configured and nothing will ever protect a cookie. Call
    /// it after every registration that may add Data Protection (MVC, authentication). With editor accounts the ring
    /// is read once the start is over instead (<see cref="ReadKeyRing"/>).
    /// </summary>
    public static IServiceCollection RemoveKeyRingStartup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && IsKeyRingStartup(services[i].ImplementationType))
            {
                services.RemoveAt(i);
            }
        }

        return services;
    }

    /// <summary>With editor accounts, reads the key ring (creating its first key if there is none), so that the first sign-in does not.</summary>
    public static void ReadKeyRing(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetRequiredService<IOptions<EditionOptions>>().Value.Enabled)
        {
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector(ApplicationName).Protect([]);
        }
    }

    internal static bool IsKeyRingStartup(Type? type) =>
        type is { Name: "DataProtectionHostedService" } && type.Assembly == typeof(KeyManagementOptions).Assembly;

    private static DirectoryInfo? Folder(EditionOptions options) =>
        string.IsNullOrWhiteSpace(options.KeysDirectory) ? null : new DirectoryInfo(Path.GetFullPath(options.KeysDirectory));
}
