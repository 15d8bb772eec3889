namespace FabMob.Web.Publishing;

/// <summary>
/// The delivery ids (<c>X-GitHub-Delivery</c>, <c>X-Gitea-Delivery</c>…) received, so that a delivery is
/// pulled once however often, and however simultaneously, the forge (or anyone replaying it) sends it.
/// <see cref="TryClaim"/> checks and records in one step under a lock: of several identical deliveries
/// arriving together, exactly one gets the claim. A claim whose pull failed is <see cref="Release">released</see>,
/// so a later redelivery retries it. Bounded: past <see cref="Capacity"/> ids the oldest are forgotten.
/// </summary>
public sealed class DeliveryLog
{
    public const int Capacity = 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<string>> _ids = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();

    /// <summary>Claims the id: true for the first caller, false when it is already claimed (in progress or done).</summary>
    public bool TryClaim(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            if (_ids.ContainsKey(id))
            {
                return false;
            }

            _ids.Add(id, _order.AddLast(id));
            if (_order.Count > Capacity)
            {
                _ids.Remove(_order.First!.Value);
                _order.RemoveFirst();
            }

            return true;
        }
    }

    /// <summary>Forgets a claim (its pull failed), so that the same delivery may be sent again.</summary>
    public void Release(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_lock)
        {
            if (_ids.Remove(id, out var node))
            {
                _order.Remove(node);
            }
        }
    }
}
