using System.Security.Cryptography;

namespace WebQuestionnaire.Couples;

/// <summary>
/// A couple's session: two seats, each claimed once by a browser holding a random secret, and the
/// answers each partner saved. Lives in memory only; every member is safe to call from several requests.
/// </summary>
internal sealed class CoupleSession(string id)
{
    private readonly Lock _gate = new();
    private readonly byte[]?[] _secretHashes = new byte[]?[2];
    private readonly PartnerAnswers[] _answers = [new(), new()];
    private Seat? _soloSeat;

    public string Id { get; } = id;

    /// <summary>Claims a seat once. Returns the secret to hand to the browser, or <see langword="null"/> when the seat is taken.</summary>
    public string? TryClaim(Seat seat)
    {
        lock (_gate)
        {
            if (_secretHashes[(int)seat] is not null)
            {
                return null;
            }

            var secret = SessionIds.NewSecret();
            _secretHashes[(int)seat] = Hash(secret);
            return secret;
        }
    }

    public bool IsTaken(Seat seat)
    {
        lock (_gate)
        {
            return _secretHashes[(int)seat] is not null;
        }
    }

    /// <summary>
    /// Whether <paramref name="seat"/> was retired by the quick exit: nobody holds it and nobody can
    /// claim it again.
    /// </summary>
    public bool IsRetired(Seat seat)
    {
        lock (_gate)
        {
            return _secretHashes[(int)seat] is { Length: 0 };
        }
    }

    /// <summary>Whether <paramref name="secret"/> is the one handed out for <paramref name="seat"/> (constant-time).</summary>
    public bool Holds(Seat seat, string secret)
    {
        byte[]? expected;
        lock (_gate)
        {
            expected = _secretHashes[(int)seat];
        }

        return expected is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(expected, Hash(secret));
    }

    /// <summary>
    /// The quick exit: forgets <paramref name="seat"/>'s answers and retires the seat, so that no
    /// cookie, not even a copy of the old one, opens it again and nobody else can claim it. Returns
    /// whether the other seat is still held by someone (otherwise the session has no use left).
    /// </summary>
    public bool Retire(Seat seat)
    {
        lock (_gate)
        {
            _secretHashes[(int)seat] = [];
            _answers[(int)seat] = new PartnerAnswers();
            if (_soloSeat == seat)
            {
                _soloSeat = null;
            }

            return _secretHashes[1 - (int)seat] is { Length: > 0 };
        }
    }

    public PartnerAnswers AnswersOf(Seat seat)
    {
        lock (_gate)
        {
            return _answers[(int)seat];
        }
    }

    public void Update(Seat seat, Func<PartnerAnswers, PartnerAnswers> edit)
    {
        lock (_gate)
        {
            _answers[(int)seat] = edit(_answers[(int)seat]);
        }
    }

    /// <summary>
    /// Forgets everything <paramref name="seat"/> saved, and their choice of a plan from their answers
    /// alone; the seat stays theirs, so they can answer again.
    /// </summary>
    public void ClearAnswers(Seat seat)
    {
        lock (_gate)
        {
            _answers[(int)seat] = new PartnerAnswers();
            if (_soloSeat == seat)
            {
                _soloSeat = null;
            }
        }
    }

    /// <summary>The seat whose partner asked for a plan from their answers alone, if any.</summary>
    public Seat? SoloSeat
    {
        get
        {
            lock (_gate)
            {
                return _soloSeat;
            }
        }
    }

    /// <summary>Records that <paramref name="seat"/> wants a plan from their own answers; only once they finished.</summary>
    public bool TryChooseSolo(Seat seat)
    {
        lock (_gate)
        {
            if (!_answers[(int)seat].Finished)
            {
                return false;
            }

            _soloSeat = seat;
            return true;
        }
    }

    private static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));
}
