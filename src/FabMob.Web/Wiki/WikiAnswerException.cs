namespace FabMob.Web.Wiki;

/// <summary>The wiki could not be asked or its answer could not be used; the message says why, in French.</summary>
public sealed class WikiAnswerException : Exception
{
    public WikiAnswerException()
    {
    }

    public WikiAnswerException(string message) : base(message)
    {
    }

    public WikiAnswerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
