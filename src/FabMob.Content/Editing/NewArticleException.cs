namespace FabMob.Content.Editing;

/// <summary>A new article refused, with a French message; for a name already taken, a free one to offer.</summary>
public sealed class NewArticleException : Exception
{
    public NewArticleException(NewArticleRefusal refusal, string message, NewArticle? suggestion = null) : base(message)
    {
        Refusal = refusal;
        Suggestion = suggestion;
    }

    public NewArticleException()
    {
    }

    public NewArticleException(string message) : base(message)
    {
    }

    public NewArticleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public NewArticleRefusal Refusal { get; }

    /// <summary>The same article under the first free name (<c>mon-titre-2</c>…), when the name was taken.</summary>
    public NewArticle? Suggestion { get; }
}
