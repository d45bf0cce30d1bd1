namespace Intimacy.Simulation.Scenarios;

/// <summary>
/// A synthetic population of couples: how each profile field is distributed, how fields depend
/// on each other, how often answers are missing, and which questionnaires couples completed.
/// </summary>
/// <remarks>
/// Read one from YAML or JSON with <see cref="ScenarioLoader"/> or build one in code; either way
/// <see cref="Generation.ProfileGenerator"/> checks it before use. Fields without a distribution
/// are left unknown in every profile. <see cref="ScenarioHash"/> identifies the population.
/// </remarks>
public sealed record Scenario
{
    /// <summary>A short name, used in reports.</summary>
    public required string Name { get; init; }

    /// <summary>What the population represents and where its numbers come from.</summary>
    public string? Description { get; init; }

    /// <summary>How many profiles a run generates when not told otherwise (at least 1).</summary>
    public long DefaultCount { get; init; } = 10_000;

    /// <summary>The seed a run uses when not told otherwise.</summary>
    public long DefaultSeed { get; init; } = 1;

    /// <summary>The share of profiles in which only partner A answered (0 to 1).</summary>
    public double OneRespondentShare { get; init; }

    /// <summary>
    /// The share of answers left unknown (0 to 1), for every ordinary answer whose field does not
    /// set its own <see cref="FieldSpec.UnknownShare"/>. Ages and questionnaire scores are exempt:
    /// their presence is governed by the age being required and by <see cref="Instruments"/>.
    /// </summary>
    public double UnknownShare { get; init; }

    /// <summary>
    /// How strongly partner B's answers follow partner A's (0 to 1), for fields that do not set their
    /// own <see cref="FieldSpec.Correlation"/>. See <see cref="FieldSpec.Correlation"/> for the method.
    /// </summary>
    public double PartnerCorrelation { get; init; }

    /// <summary>The share of couples carrying each instrument (0 to 1); an instrument not listed is never carried.</summary>
    public IReadOnlyDictionary<Instrument, double> Instruments { get; init; } = new Dictionary<Instrument, double>();

    /// <summary>
    /// The share of respondents who answered each section (JSON section name such as <c>safety</c>,
    /// 0 to 1); a section not listed was answered by everyone. A section not answered is missing from
    /// the profile. Questionnaire sections are governed by <see cref="Instruments"/> instead.
    /// </summary>
    public IReadOnlyDictionary<string, double> Sections { get; init; } = new Dictionary<string, double>();

    /// <summary>The distribution of each field that is generated.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];

    /// <summary>Conditional changes to fields, applied in this order.</summary>
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];
}
