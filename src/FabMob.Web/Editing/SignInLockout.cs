using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FabMob.Web.Editing;

/// <summary>
/// Locks an e-mail after <see cref="EditionOptions.LockoutFailures"/> failed sign-ins within
/// <see cref="EditionOptions.LockoutWindowMinutes"/>, for <see cref="EditionOptions.LockoutMinutes"/>. In memory (a
/// restart forgets it). Any e-mail typed is counted and locked alike, whether an account has it or not, so that a
/// lockout tells nothing about which accounts exist. While locked, no password is checked, not even the right one.
/// The number of e-mails followed is bounded: past it, the ones with no recent failure are forgotten first.
/// </summary>
public sealed class SignInLockout(IOptions<EditionOptions> options, TimeProvider time)
{
    public const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Record> _records = new(StringComparer.Ordinal);

    /// <summary>When the lock of <paramref name="email"/> ends, or null when it is not locked.</summary>
    public DateTimeOffset? LockedUntil(string? email)
    {
        var now = time.GetUtcNow();
        return _records.TryGetValue(EditorAccounts.Normalize(email), out var record) && record.LockedUntil > now ? record.LockedUntil : null;
    }

    /// <summary>Counts one failure; returns when the e-mail is now locked until, or null.</summary>
    public DateTimeOffset? Fail(string? email)
    {
        var limits = options.Value;
        var now = time.GetUtcNow();
        if (_records.Count >= MaxTracked)
        {
            Forget(now);
        }

        var record = _records.AddOrUpdate(EditorAccounts.Normalize(email),
            _ => Record.First(now),
            (_, old) => old.Add(now, TimeSpan.FromMinutes(limits.LockoutWindowMinutes)));
        if (record.Failures.Count < limits.LockoutFailures)
        {
            return null;
        }

        var locked = record with { Failures = [], LockedUntil = now.AddMinutes(limits.LockoutMinutes) };
        _records[EditorAccounts.Normalize(email)] = locked;
        return locked.LockedUntil;
    }

    /// <summary>A successful sign-in clears the failures of that e-mail.</summary>
    public void Succeed(string? email) => _records.TryRemove(EditorAccounts.Normalize(email), out _);

    private void Forget(DateTimeOffset now)
    {
        var window = TimeSpan.FromMinutes(options.Value.LockoutWindowMinutes);
        foreach (var (key, record) in _records)
        {
            if (record.LockedUntil <= now && (record.Failures.Count == 0 || record.Failures[^1] + window <= now))
            {
                _records.TryRemove(key, out _);
            }
        }
    }

    private sealed record Record(IReadOnlyList<DateTimeOffset> Failures, DateTimeOffset LockedUntil)
    {
        public static Record First(DateTimeOffset now) => new([now], DateTimeOffset.MinValue);

        public Record Add(DateTimeOffset now, TimeSpan window) =>
            this with { Failures = [.. Failures.Where(f => f + window > now), now] };
    }
}
