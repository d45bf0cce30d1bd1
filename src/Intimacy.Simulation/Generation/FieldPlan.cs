using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>How one field is generated, precompiled: everything the hot loop needs, nothing it must look up.</summary>
internal sealed class FieldPlan
{
    private readonly ProfileField _field = null!;

    public required ProfileField Field
    {
        get => _field;
        init
        {
            _field = value;
            Slot = value.Slot;
            IsBoolean = value.Kind == FieldKind.Boolean;
            IsWhole = value.IsWhole;
            Min = value.Min;
            Max = value.Max;
        }
    }

    // Copied out of the field so the hot loop reads one object.
    public int Slot { get; private init; }

    public bool IsBoolean { get; private init; }

    public bool IsWhole { get; private init; }

    public double Min { get; private init; }

    public double Max { get; private init; }

    /// <summary>The sampler for non-boolean fields.</summary>
    public ValueSampler? Sampler
    {
        get;
        init
        {
            field = value;
            Discrete = value as DiscreteSampler;
        }
    }

    /// <summary><see cref="Sampler"/> when it is a table of values (most fields), so the draw loop calls it directly.</summary>
    public DiscreteSampler? Discrete { get; private init; }

    /// <summary>The probability of true for boolean fields.</summary>
    public double Probability { get; init; }

    public double UnknownShare
    {
        get;
        init
        {
            field = value;
            UnknownRescale = value < 1 ? 1 / (1 - value) : 0;
        }
    }

    public double Correlation
    {
        get;
        init
        {
            field = value;
            CorrelationRescale = value < 1 ? 1 / (1 - value) : 0;
        }
    }

    /// <summary>1 / (1 − <see cref="UnknownShare"/>): turns the rest of a uniform back into a uniform without a division.</summary>
    public double UnknownRescale { get; private init; }

    /// <summary>1 / (1 − <see cref="Correlation"/>).</summary>
    public double CorrelationRescale { get; private init; }

    /// <summary>The index of the section share gating the field, or -1 (also for a section every respondent answers).</summary>
    public int SectionIndex { get; init; } = -1;

    /// <summary>The index in <see cref="Instrument.All"/> of the instrument gating the field, or -1.</summary>
    public int InstrumentIndex { get; init; } = -1;

    /// <summary>The slot of the answer this one follows up (asked only when that is true), or -1.</summary>
    public int GateSlot { get; init; } = -1;

    /// <summary>
    /// Whether a section, an instrument or a follow-up can leave the field out: one test for the many fields none can.
    /// Each index is -1 when it does not apply, so the three are all negative exactly when their bitwise and is.
    /// </summary>
    public bool IsConditional => (SectionIndex & InstrumentIndex & GateSlot) >= 0;

    /// <summary>The value when the gate answer is false: false (0) or unknown (NaN).</summary>
    public double GateFalseValue { get; init; } = double.NaN;

    public AdjustmentPlan[] Adjustments { get; set; } = [];

    public bool HasWeightAdjustments { get; set; }
}

/// <summary>One adjustment's effect on one field.</summary>
internal sealed class AdjustmentPlan
{
    public required Condition Condition { get; init; }

    public double Scale { get; init; } = 1;

    public double Shift { get; init; }

    /// <summary>The fixed value, or NaN when the adjustment does not set one.</summary>
    public double Set { get; init; } = double.NaN;

    public DiscreteSampler? Weights { get; init; }
}
