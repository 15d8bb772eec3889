using System.Net;

namespace FabMob.Web.Hosting;

/// <summary>How a client is told apart for per-client limits (search, publishing webhook).</summary>
public static class ClientAddress
{
    /// <summary>
    /// The client's IP address, an IPv4 address seen through a dual-stack socket (<c>::ffff:1.2.3.4</c>)
    /// written as IPv4, so that one client is one partition whichever way it came; one shared
    /// partition when the address is unknown.
    /// </summary>
    public static string Key(IPAddress? address) => address switch
    {
        null => "inconnu",
        { IsIPv4MappedToIPv6: true } => address.MapToIPv4().ToString(),
        _ => address.ToString(),
    };
}
