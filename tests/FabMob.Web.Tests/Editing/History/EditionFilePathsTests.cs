using FabMob.Web.Configuration;
using FabMob.Web.Editing;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Tests.Editing.History;

/// <summary>The dashboard's repository paths mapped to the git store's content paths, when the content root is a folder of the clone.</summary>
public sealed class EditionFilePathsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "fabmob-tests", "mapper-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_content_root_inside_a_clone_takes_paths_under_its_folder_and_refuses_the_others()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "content", "_data"));
        var mapper = new EditionFilePaths(Options.Create(new SiteOptions { ContentPath = Path.Combine(_root, "content") }));

        Assert.Equal("content/", mapper.Prefix);
        Assert.Equal("_data/equipe.yaml", mapper.ToContent("content/_data/equipe.yaml"));
        Assert.Equal("content/_data/equipe.yaml", mapper.ToRepository("_data/equipe.yaml"));
        Assert.Null(mapper.ToContent("_data/equipe.yaml"));
        Assert.Null(mapper.ToContent("contenu/equipe.yaml"));
        Assert.Null(mapper.ToContent(null));
    }

    [Fact]
    public void A_content_root_that_is_the_clone_takes_paths_as_they_are()
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        var mapper = new EditionFilePaths(Options.Create(new SiteOptions { ContentPath = _root }));

        Assert.Equal("", mapper.Prefix);
        Assert.Equal("contenu/equipe.yaml", mapper.ToContent("contenu/equipe.yaml"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
