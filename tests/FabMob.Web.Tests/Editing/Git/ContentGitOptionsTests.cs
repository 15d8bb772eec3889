using FabMob.Web.Editing.Git;
using FabMob.Web.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Editing.Git;

public sealed class ContentGitOptionsTests
{
    [Fact]
    public void Wrong_edition_settings_stop_the_start_with_French_messages_naming_each_key()
    {
        using var repos = new EditorRepositories(new Dictionary<string, string?>
        {
            ["Edition:GitTimeoutSeconds"] = "0",
            ["Edition:Remote"] = "--upload-pack=evil",
            ["Edition:CommitterEmail"] = "pas une adresse",
            ["Edition:Git"] = " ",
        });

        var error = Assert.Throws<OptionsValidationException>(() => repos.Services.GetRequiredService<IOptions<ContentGitOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Edition:GitTimeoutSeconds doit être entre 1 et 3600", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:Remote doit être le nom d'un dépôt distant", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:CommitterEmail doit être une adresse électronique", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Edition:Git est obligatoire", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_push_turned_off_a_save_stays_in_the_site_clone()
    {
        using var repos = new EditorRepositories(new Dictionary<string, string?> { ["Edition:Push"] = "false" });
        var remote = EditorRepositories.Git(repos.Origin, "rev-parse", "main");
        var read = await repos.Store.ReadAsync(EditorRepositories.Article);

        var saved = await repos.Store.SaveTextAsync(EditorRepositories.Article, "local\n", read.Blob, EditorRepositories.Camille, default);

        Assert.Equal(PushOutcome.Disabled, saved.Push!.Outcome);
        Assert.Equal(remote, EditorRepositories.Git(repos.Origin, "rev-parse", "main"));
    }

    [Fact]
    public void The_editor_and_the_webhook_pull_share_one_repository_lock()
    {
        var services = new ServiceCollection();
        services.AddPublishing();
        services.AddContentGitStore();
        using var provider = services.BuildServiceProvider();

        var locks = services.Where(s => s.ServiceType == typeof(ContentRepositoryLock)).ToList();

        Assert.Single(locks);
        Assert.Same(provider.GetRequiredService<ContentRepositoryLock>(), provider.GetRequiredService<ContentRepositoryLock>());
    }

    [Fact]
    public void The_credentials_in_a_remote_address_are_masked()
    {
        Assert.Equal("fatal: unable to access 'https://***@forge.example/depot.git/'",
            CredentialRedactor.Redact("fatal: unable to access 'https://camille:ghp_secret@forge.example/depot.git/'"));
    }

    [Fact]
    public void An_editor_identity_with_angle_brackets_or_a_newline_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new EditorIdentity("Camille <x@y>", "camille@example.org"));
        Assert.Throws<ArgumentException>(() => new EditorIdentity("Camille", "camille@example.org\nX: y"));
    }
}
