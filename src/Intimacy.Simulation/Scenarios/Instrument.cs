namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// A validated questionnaire a generated partner may carry scores for. A scenario gives the share
/// of couples who completed each one; the scores themselves come from the field distributions.
/// </summary>
/// <remarks>
/// Instruments are drawn per couple: when a couple carries one, both partners who answered have
/// its scores. That mirrors an intake battery handed to the couple, not to one person.
/// </remarks>
public sealed class Instrument
{
    private Instrument(string id, string name, params string[] fieldPaths)
    {
        Id = id;
        Name = name;
        FieldPaths = fieldPaths;
    }

    /// <summary>Couples Satisfaction Index, 4 items.</summary>
    public static Instrument Csi4 { get; } = new("csi4", "Couples Satisfaction Index (4 items)", "relationshipScores.csi4");

    /// <summary>Couples Satisfaction Index, 16 items.</summary>
    public static Instrument Csi16 { get; } = new("csi16", "Couples Satisfaction Index (16 items)", "relationshipScores.csi16");

    /// <summary>Couples Satisfaction Index, 32 items.</summary>
    public static Instrument Csi32 { get; } = new("csi32", "Couples Satisfaction Index (32 items)", "relationshipScores.csi32");

    /// <summary>Dyadic Adjustment Scale.</summary>
    public static Instrument Das { get; } = new("das", "Dyadic Adjustment Scale", "relationshipScores.das");

    /// <summary>Revised Dyadic Adjustment Scale.</summary>
    public static Instrument Rdas { get; } = new("rdas", "Revised Dyadic Adjustment Scale", "relationshipScores.rdas");

    /// <summary>Patient Health Questionnaire, 2-item depression screen.</summary>
    public static Instrument Phq2 { get; } = new("phq2", "PHQ-2 depression screen", "wellbeingScores.phq2");

    /// <summary>Patient Health Questionnaire, 9 items, with its item 9.</summary>
    public static Instrument Phq9 { get; } = new("phq9", "PHQ-9 depression scale", "wellbeingScores.phq9", "wellbeingScores.phq9Item9");

    /// <summary>Generalized Anxiety Disorder, 2-item screen.</summary>
    public static Instrument Gad2 { get; } = new("gad2", "GAD-2 anxiety screen", "wellbeingScores.gad2");

    /// <summary>Generalized Anxiety Disorder, 7 items.</summary>
    public static Instrument Gad7 { get; } = new("gad7", "GAD-7 anxiety scale", "wellbeingScores.gad7");

    /// <summary>Female Sexual Function Index, with its sexual-activity flag.</summary>
    public static Instrument Fsfi { get; } = new("fsfi", "Female Sexual Function Index", "wellbeingScores.fsfi", "wellbeingScores.fsfiSexuallyActive");

    /// <summary>International Index of Erectile Function (5 items), with its sexual-activity flag.</summary>
    public static Instrument Iief5 { get; } = new("iief5", "IIEF-5 erectile function", "wellbeingScores.iief5", "wellbeingScores.iief5SexuallyActive");

    /// <summary>Experiences in Close Relationships, revised: attachment anxiety and avoidance.</summary>
    public static Instrument Ecrr { get; } = new("ecrr", "ECR-R attachment scales", "relationshipScores.ecrrAnxiety", "relationshipScores.ecrrAvoidance");

    /// <summary>Personal Assessment of Intimacy in Relationships: realized and ideal scores on five scales.</summary>
    public static Instrument Pair { get; } = new(
        "pair",
        "PAIR intimacy scales",
        "relationshipScores.pair.emotional.realized",
        "relationshipScores.pair.emotional.ideal",
        "relationshipScores.pair.social.realized",
        "relationshipScores.pair.social.ideal",
        "relationshipScores.pair.sexual.realized",
        "relationshipScores.pair.sexual.ideal",
        "relationshipScores.pair.intellectual.realized",
        "relationshipScores.pair.intellectual.ideal",
        "relationshipScores.pair.recreational.realized",
        "relationshipScores.pair.recreational.ideal");

    /// <summary>Every instrument, in a fixed order (the order generation draws them in).</summary>
    public static IReadOnlyList<Instrument> All { get; } = [Csi4, Csi16, Csi32, Das, Rdas, Phq2, Phq9, Gad2, Gad7, Fsfi, Iief5, Ecrr, Pair];

    /// <summary>The stable id used in scenario files, such as <c>phq9</c>.</summary>
    public string Id { get; }

    /// <summary>A readable name.</summary>
    public string Name { get; }

    /// <summary>The partner field paths that hold this instrument's scores.</summary>
    public IReadOnlyList<string> FieldPaths { get; }

    /// <summary>Finds an instrument by its id.</summary>
    /// <param name="id">The id, such as <c>csi4</c>; <see langword="null"/> matches no instrument.</param>
    /// <param name="instrument">The instrument, when found.</param>
    /// <returns>Whether an instrument has that id (<see langword="false"/> for <see langword="null"/>).</returns>
    public static bool TryFromId(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Instrument? instrument)
    {
        foreach (var candidate in All)
        {
            if (candidate.Id == id)
            {
                instrument = candidate;
                return true;
            }
        }

        instrument = null;
        return false;
    }

    /// <summary>Finds the instrument whose scores a partner field holds.</summary>
    /// <param name="fieldPath">A partner field path.</param>
    /// <returns>The instrument, or <see langword="null"/> for an ordinary answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fieldPath"/> is null.</exception>
    public static Instrument? ForField(string fieldPath)
    {
        ArgumentNullException.ThrowIfNull(fieldPath);
        foreach (var instrument in All)
        {
            foreach (var path in instrument.FieldPaths)
            {
                if (path == fieldPath)
                {
                    return instrument;
                }
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Id;
}
