using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Couples;

/// <summary>
/// Holds couple sessions in memory, at most <see cref="CoupleSessionOptions.MaxSessions"/> at once,
/// each forgotten after <see cref="CoupleSessionOptions.IdleTimeout"/> without use. Nothing is written
/// anywhere else: when a session expires, is removed or the process stops, its answers are gone.
/// </summary>
/// <remarks>
/// When the store is full a new session is refused; a live session is never pushed out to make room
/// for one (a cache with a size limit would evict live couples' answers under a flood of new
/// sessions). Looking a session up does not extend its life: a page extends it with
/// <see cref="Touch"/> once it knows who is asking.
/// </remarks>
internal sealed class SessionStore : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _sessions = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _idleTimeout;
    private readonly int _maxSessions;
    private readonly ITimer _sweeper;

    public SessionStore(IOptions<CoupleSessionOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        _clock = clock;
        _idleTimeout = value.IdleTimeout;
        _maxSessions = value.MaxSessions;

        // Expired sessions are also skipped on every look-up; the sweep makes sure their answers leave
        // memory even when nobody asks for them again.
        var period = _idleTimeout < TimeSpan.FromMinutes(1) ? _idleTimeout : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(static state => ((SessionStore)state!).RemoveExpired(), this, period, period);
    }

    /// <summary>How many sessions are held, expired ones not yet swept included.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>Creates a session, or returns <see langword="null"/> when the store is full of live sessions.</summary>
    public CoupleSession? Create()
    {
        var session = new CoupleSession(SessionIds.NewId());
        var now = _clock.GetTimestamp();
        lock (_gate)
        {
            if (_sessions.Count >= _maxSessions)
            {
                RemoveExpiredLocked(now);
                if (_sessions.Count >= _maxSessions)
                {
                    return null;
                }
            }

            _sessions.Add(session.Id, new Entry(session, now));
            return session;
        }
    }

    /// <summary>Finds a live session without extending its life.</summary>
    public CoupleSession? Find(string? id)
    {
        if (!SessionIds.IsWellFormed(id))
        {
            return null;
        }

        var now = _clock.GetTimestamp();
        lock (_gate)
        {
            if (!_sessions.TryGetValue(id!, out var entry))
            {
                return null;
            }

            if (IsExpired(entry, now))
            {
                _sessions.Remove(id!);
                return null;
            }

            return entry.Session;
        }
    }

    /// <summary>Extends a live session's life by another idle timeout from now.</summary>
    public void Touch(CoupleSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var now = _clock.GetTimestamp();
        lock (_gate)
        {
            if (_sessions.TryGetValue(session.Id, out var entry) && ReferenceEquals(entry.Session, session) && !IsExpired(entry, now))
            {
                entry.LastUsed = now;
            }
        }
    }

    /// <summary>Forgets a session and all its answers at once.</summary>
    public bool Remove(CoupleSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            return _sessions.TryGetValue(session.Id, out var entry) && ReferenceEquals(entry.Session, session) && _sessions.Remove(session.Id);
        }
    }

    /// <summary>Forgets every session whose idle time has run out.</summary>
    public void RemoveExpired()
    {
        var now = _clock.GetTimestamp();
        lock (_gate)
        {
            RemoveExpiredLocked(now);
        }
    }

    public void Dispose()
    {
        _sweeper.Dispose();
        lock (_gate)
        {
            _sessions.Clear();
        }
    }

    private void RemoveExpiredLocked(long now)
    {
        foreach (var (id, entry) in _sessions)
        {
            if (IsExpired(entry, now))
            {
                _sessions.Remove(id);
            }
        }
    }

    private bool IsExpired(Entry entry, long now) => _clock.GetElapsedTime(entry.LastUsed, now) >= _idleTimeout;

    private sealed class Entry(CoupleSession session, long lastUsed)
    {
        public CoupleSession Session { get; } = session;

        public long LastUsed { get; set; } = lastUsed;
    }
}
