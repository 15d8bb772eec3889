using System.Net;
using FabMob.Web.Hosting;

namespace FabMob.Web.Tests.Hosting;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    public void One_client_is_one_key_whichever_socket_it_came_through(string address, string key) =>
        Assert.Equal(key, ClientAddress.Key(IPAddress.Parse(address)));

    [Fact]
    public void An_unknown_address_shares_one_key() => Assert.Equal("inconnu", ClientAddress.Key(null));
}
