using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Couples;

/// <summary>
/// Holds couple sessions in memory with a sliding expiry. Nothing is written anywhere else: when a
/// session expires or the process stops, its answers are gone.
/// </summary>
internal sealed class SessionStore : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _idleTimeout;

    public SessionStore(IOptions<CoupleSessionOptions> options)
    {
        var value = options.Value;
        _idleTimeout = value.IdleTimeout;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = value.MaxSessions });
    }

    /// <summary>Creates a session, or returns <see langword="null"/> when the store is full.</summary>
    public CoupleSession? Create()
    {
        var session = new CoupleSession(SessionIds.NewId());
        _cache.Set(session.Id, session, new MemoryCacheEntryOptions { SlidingExpiration = _idleTimeout, Size = 1 });
        return _cache.TryGetValue(session.Id, out _) ? session : null;
    }

    /// <summary>Finds a live session and extends its life.</summary>
    public CoupleSession? Find(string? id) =>
        SessionIds.IsWellFormed(id) && _cache.TryGetValue(id!, out CoupleSession? session) ? session : null;

    public void Dispose() => _cache.Dispose();
}
