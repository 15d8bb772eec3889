namespace FabMob.Web.Routing;

/// <summary>
/// Marks an action answering one of the generated addresses: <see cref="GeneratedRoutesConvention"/> gives it
/// the GET and HEAD routes <see cref="GeneratedAddresses.Templates"/> spells, computed at start (the blog's
/// routes follow its collection's mount, which an attribute route, a compile-time constant, could not).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GeneratedRouteAttribute(GeneratedRoute route) : Attribute
{
    public GeneratedRoute Route { get; } = route;
}
