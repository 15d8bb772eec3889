using System.Globalization;
using FabMob.Content.Addresses;
using FabMob.Content.FrontMatterParsing;
using FabMob.Content.Mounts;

namespace FabMob.Content.Editing;

/// <summary>
/// From a French title and a date, the new article's file, slug, address and text. The folder comes from
/// the mount table (the site's first collection: <c>contenu/articles</c> for the association,
/// <c>blog</c> by default) and a year folder; the address from <see cref="ContentUrlRules"/>, the slug
/// from <see cref="SlugBuilder"/>, so the editor shows what the site will serve.
/// </summary>
public sealed class NewArticlePlanner
{
    /// <summary>Longest slug made from a title; longer titles are cut at a word.</summary>
    public const int MaxSlugLength = 80;

    private readonly ContentUrlRules _urls;
    private readonly ContentMount? _collection;
    private readonly ContentLimits _limits;
    private readonly TimeProvider _time;

    public NewArticlePlanner(ContentOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mounts = options.MountTable();
        _urls = new ContentUrlRules(mounts);
        _collection = mounts.Mounts.FirstOrDefault(m => m.Kind == MountKind.Collection);
        _limits = options.Limits;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The article for <paramref name="title"/>, dated <paramref name="date"/> (default: now, in Europe/Paris).</summary>
    /// <param name="isTaken">Whether a file (path under the root) or an address is already used.</param>
    /// <exception cref="NewArticleException">No address can be made, no collection, or the name is taken (with a free one).</exception>
    public NewArticle Plan(string title, DateTimeOffset? date, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(isTaken);
        if (_collection is null)
        {
            throw new NewArticleException(NewArticleRefusal.NoCollection, "le site n'a pas de collection d'articles (aucun montage « collection »)");
        }

        var slug = Shorten(SlugBuilder.Slugify(title.Trim()));
        if (slug.Length == 0)
        {
            throw new NewArticleException(NewArticleRefusal.TitleWithoutLetters,
                $"le titre « {title.Trim()} » n'a ni lettre ni chiffre pour en faire une adresse");
        }

        var local = TimeZoneInfo.ConvertTime(date ?? _time.GetUtcNow(), ContentDate.Paris);
        var first = Make(title.Trim(), slug, local);
        if (!isTaken(first.SourcePath) && !isTaken(first.Url))
        {
            return first;
        }

        for (var n = 2; n < 1000; n++)
        {
            var other = Make(title.Trim(), $"{slug}-{n}", local);
            if (!isTaken(other.SourcePath) && !isTaken(other.Url))
            {
                throw new NewArticleException(NewArticleRefusal.NameTaken,
                    $"un article a déjà l'adresse {first.Url} ou le fichier {first.SourcePath} : proposez « {other.Slug} » ou changez le titre", other);
            }
        }

        throw new NewArticleException(NewArticleRefusal.NameTaken, $"l'adresse {first.Url} et ses variantes sont toutes prises : changez le titre");
    }

    private NewArticle Make(string title, string slug, DateTimeOffset local)
    {
        var folder = _collection!.Source.Trim('/');
        var path = $"{(folder.Length == 0 ? "" : folder + "/")}{local.Year.ToString(CultureInfo.InvariantCulture)}/{slug}.md";
        var url = _urls.PageUrl(path, null)
            ?? throw new NewArticleException(NewArticleRefusal.NoCollection, $"le fichier {path} n'aurait pas d'adresse sur le site");
        var fields = new ArticleFields
        {
            Title = title,
            Date = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            Draft = true,
        };
        var text = FrontMatterDocument.Parse("", path, _limits).Write(fields, "\n");
        return new NewArticle(path, slug, url, text);
    }

    /// <summary>At most <see cref="MaxSlugLength"/> characters, cut after a whole word when there is one.</summary>
    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return (cut > MaxSlugLength / 2 ? slug[..cut] : slug[..MaxSlugLength]).TrimEnd('-');
    }
}
