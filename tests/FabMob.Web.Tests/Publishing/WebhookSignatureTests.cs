using System.Text;
using FabMob.Web.Publishing;
using Microsoft.AspNetCore.Http;

namespace FabMob.Web.Tests.Publishing;

public sealed class WebhookSignatureTests
{
    private const string Secret = "It's a Secret to Everybody";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    [Fact]
    public void The_mac_is_githubs_documented_example()
    {
        // The example of GitHub's "Validating webhook deliveries" page.
        Assert.Equal("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
            Convert.ToHexStringLower(WebhookSignature.Mac(Secret, Body)));
    }

    [Theory]
    [InlineData("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Hub-Signature-256", "sha256=757107EA0EB2509FC211221CCE984B8A37570B6D7586C22C46F4379C8B043E17")]
    [InlineData("X-Gitea-Signature", "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Forgejo-Signature", "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Gitlab-Token", Secret)]
    public void A_right_signature_or_token_is_authentic(string header, string value) =>
        Assert.True(WebhookSignature.IsAuthentic(Headers((header, value)), Secret, WebhookSignature.Mac(Secret, Body)));

    [Theory]
    [InlineData("X-Hub-Signature-256", "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Hub-Signature-256", "sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e1")]
    [InlineData("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18")]
    [InlineData("X-Hub-Signature-256", "sha256=zz7107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Gitea-Signature", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Hub-Signature", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("X-Gitlab-Token", "It's a Secret to Everybody ")]
    [InlineData("X-Gitlab-Token", "It's a secret to everybody")]
    [InlineData("Authorization", "It's a Secret to Everybody")]
    public void A_wrong_signature_or_token_is_not(string header, string value) =>
        Assert.False(WebhookSignature.IsAuthentic(Headers((header, value)), Secret, WebhookSignature.Mac(Secret, Body)));

    [Fact]
    public void No_proof_at_all_is_not_authentic() =>
        Assert.False(WebhookSignature.IsAuthentic(new HeaderDictionary(), Secret, WebhookSignature.Mac(Secret, Body)));

    [Fact]
    public void A_signature_of_another_body_is_not_authentic() =>
        Assert.False(WebhookSignature.IsAuthentic(
            Headers(("X-Hub-Signature-256", "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")),
            Secret, WebhookSignature.Mac(Secret, Encoding.UTF8.GetBytes("Hello, World?"))));

    private static HeaderDictionary Headers(params (string Name, string Value)[] values)
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in values)
        {
            headers[name] = value;
        }

        return headers;
    }
}
