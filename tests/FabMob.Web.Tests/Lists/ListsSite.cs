using FabMob.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Lists;

/// <summary>The application in Production on <see cref="ListsContent"/>, with a clock the tests move.</summary>
public sealed class ListsSite : IDisposable
{
    public ListsSite()
    {
        Content = ListsContent.Write();
        Factory = new SiteFactory(Content.Root, settings: ListsContent.Settings(),
            services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    public TempSite Content { get; }
    public SiteFactory Factory { get; }

    /// <summary>22 November 2026, 12:00 Paris time: the 2999 article is still scheduled.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(1));

    public MovableClock Clock { get; } = new(Start);

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}
