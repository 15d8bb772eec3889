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

    private static DirectoryInfo? Folder(EditionOptions options) =>
        string.IsNullOrWhiteSpace(options.KeysDirectory) ? null : new DirectoryInfo(Path.GetFullPath(options.KeysDirectory));
}
