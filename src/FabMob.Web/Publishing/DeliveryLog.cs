namespace FabMob.Web.Publishing;

/// <summary>
/// The delivery ids (<c>X-GitHub-Delivery</c>, <c>X-Gitea-Delivery</c>…) already published, so a forge that
/// redelivers the same push gets its answer without a second pull. Bounded: the oldest ids are forgotten
/// first. A failed delivery is not remembered, so a redelivery retries it.
/// </summary>
public sealed class DeliveryLog
{
    public const int Capacity = 1024;

    private readonly Lock _lock = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public bool WasHandled(string id)
    {
        lock (_lock)
        {
            return _ids.Contains(id);
        }
    }

    public void Remember(string id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
            {
                return;
            }

            _order.Enqueue(id);
            if (_order.Count > Capacity)
            {
                _ids.Remove(_order.Dequeue());
            }
        }
    }
}
