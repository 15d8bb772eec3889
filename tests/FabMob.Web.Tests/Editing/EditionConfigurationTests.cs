using FabMob.Web.Editing;
using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Editing;

/// <summary>The accounts are checked at start, each problem named by its configuration key.</summary>
public sealed class EditionConfigurationTests
{
    [Fact]
    public async Task A_bad_role_a_plain_password_and_a_duplicate_email_stop_the_start_with_french_messages_naming_the_keys()
    {
        // The editor's services on a host of their own: the start fails as the site's would (ValidateOnStart),
        // without the web host's teardown racing the assertion.
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Edition:Accounts:0:Name"] = "Alice",
            ["Edition:Accounts:0:Email"] = "alice@exemple.org",
            ["Edition:Accounts:0:Role"] = "chef",
            ["Edition:Accounts:0:PasswordHash"] = EditionSite.PasswordHash,
            ["Edition:Accounts:1:Name"] = "Alice bis",
            ["Edition:Accounts:1:Email"] = "ALICE@exemple.org",
            ["Edition:Accounts:1:Role"] = "rédaction",
            ["Edition:Accounts:1:PasswordHash"] = "motdepasse-en-clair",
            ["Edition:LockoutMinutes"] = "0",
        });
        builder.Services.AddEdition();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.StartsWith("Edition:Accounts:0:Role : « chef »", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:Accounts:1:PasswordHash :", StringComparison.Ordinal) && f.Contains("hash-password", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:Accounts:1:Email :", StringComparison.Ordinal) && f.Contains("déjà", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:LockoutMinutes :", StringComparison.Ordinal));
        Assert.Equal(4, error.Failures.Count());
    }

    [Fact]
    public void The_repository_path_of_a_content_folder_inside_a_git_work_tree_starts_with_that_folder()
    {
        using var tree = TempSite.Empty();
        Directory.CreateDirectory(tree.PathOf(".git"));
        Directory.CreateDirectory(tree.PathOf("content"));

        Assert.Equal("content/", EditableContentCatalog.RepositoryPrefix(tree.PathOf("content")));
        Assert.Equal("", EditableContentCatalog.RepositoryPrefix(tree.Root));
    }
}
