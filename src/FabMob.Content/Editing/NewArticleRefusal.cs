namespace FabMob.Content.Editing;

/// <summary>Why a new article cannot be made as asked.</summary>
public enum NewArticleRefusal
{
    /// <summary>The title has no letter or digit to make an address of.</summary>
    TitleWithoutLetters,

    /// <summary>The site has no collection to put articles in.</summary>
    NoCollection,

    /// <summary>The file or the address is taken: <see cref="NewArticleException.Suggestion"/> is free.</summary>
    NameTaken,
}
