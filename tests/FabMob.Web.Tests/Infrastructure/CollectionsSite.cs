using Microsoft.Extensions.DependencyInjection;

namespace FabMob.Web.Tests.Infrastructure;

/// <summary>
/// The application in Production on a private copy of <c>Fixtures/collections</c> (articles of every
/// shape, data files), three articles a page, with a clock the tests move.
/// </summary>
public sealed class CollectionsSite : IDisposable
{
    public CollectionsSite()
    {
        Content = TempSite.FromFixture("collections");
        Factory = new SiteFactory(Content.Root, settings: new Dictionary<string, string?> { ["Site:PageSize"] = "3" },
            services: services => services.AddSingleton<TimeProvider>(Clock));
    }

    public TempSite Content { get; }
    public SiteFactory Factory { get; }

    /// <summary>Starts on 22 November 2026, 12:00 Paris time.</summary>
    public MovableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(1)));

    public void Dispose()
    {
        Factory.Dispose();
        Content.Dispose();
    }
}

/// <summary>A clock that stays where tests put it.</summary>
public sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
}
