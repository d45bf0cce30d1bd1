using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Generates profiles for one thread: owns the random source and the value arrays, reused from one
/// profile to the next so a profile allocates only its own records.
/// </summary>
internal sealed class ProfileWorker
{
    private readonly CompiledScenario _scenario;
    private readonly IndexedRandom _random;
    private readonly double[] _relationship;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _uniformsA;
    private readonly double[] _noPartner;
    private readonly bool[] _instruments;
    private readonly bool[] _sectionsA;
    private readonly bool[] _sectionsB;

    public ProfileWorker(CompiledScenario scenario, long seed)
    {
        _scenario = scenario;
        _random = new IndexedRandom(seed);
        _relationship = new double[ProfileField.Catalog.Relationship.Count];
        var partnerSize = ProfileField.Catalog.Partner.Count;
        _a = new double[partnerSize];
        _b = new double[partnerSize];
        _uniformsA = new double[partnerSize];
        _noPartner = new double[partnerSize];
        Array.Fill(_noPartner, double.NaN);
        _instruments = new bool[scenario.InstrumentShares.Length];
        _sectionsA = new bool[scenario.SectionShares.Length];
        _sectionsB = new bool[scenario.SectionShares.Length];
    }

    public CoupleProfile Generate(long index)
    {
        var random = _random;
        random.Reseed(index);
        Array.Fill(_relationship, double.NaN);
        Array.Fill(_a, double.NaN);
        Array.Fill(_b, double.NaN);
        Array.Fill(_uniformsA, double.NaN);

        var hasB = !Draw(random, _scenario.OneRespondentShare);
        var instrumentShares = _scenario.InstrumentShares;
        for (var i = 0; i < instrumentShares.Length; i++)
        {
            _instruments[i] = Draw(random, instrumentShares[i]);
        }

        var sectionShares = _scenario.SectionShares;
        for (var i = 0; i < sectionShares.Length; i++)
        {
            _sectionsA[i] = Draw(random, sectionShares[i]);
            _sectionsB[i] = hasB && Draw(random, sectionShares[i]);
        }

        var other = hasB ? _b : _noPartner;
        foreach (var plan in _scenario.RelationshipPlans)
        {
            var u = random.NextUnit();
            if (Split(ref u, plan.UnknownShare, plan.UnknownRescale))
            {
                continue;
            }

            _relationship[plan.Slot] = plan.Adjustments.Length == 0 ? Plain(plan, u) : Value(plan, u, _noPartner, _noPartner);
        }

        foreach (var plan in _scenario.PartnerPlans)
        {
            DrawPartner(plan, _a, other, _sectionsA, isB: false);
            if (hasB)
            {
                DrawPartner(plan, _b, _a, _sectionsB, isB: true);
            }
        }

        _scenario.Repairs.Apply(_a);
        if (hasB)
        {
            _scenario.Repairs.Apply(_b);
        }

        return new CoupleProfile
        {
            Relationship = ProfileAssembler.Relationship(_relationship),
            PartnerA = ProfileAssembler.Partner(_a),
            PartnerB = hasB ? ProfileAssembler.Partner(_b) : null,
        };
    }

    /// <summary>True with probability <paramref name="p"/>; draws only when the outcome is uncertain.</summary>
    private static bool Draw(IndexedRandom random, double p) => p >= 1 || (p > 0 && random.NextUnit() < p);

    /// <summary>
    /// Decides an event of probability <paramref name="p"/> with the uniform <paramref name="u"/> and, when
    /// it does not happen, rescales <paramref name="u"/> to a fresh uniform on [0, 1): given u ≥ p,
    /// (u − p) / (1 − p) is uniform and independent of the decision. Saves a draw per decision;
    /// <paramref name="rescale"/> is the precomputed 1 / (1 − p), so no division is needed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Split(ref double u, double p, double rescale)
    {
        if (p <= 0)
        {
            return false;
        }

        if (u < p)
        {
            return true;
        }

        u = Math.Min((u - p) * rescale, Math.BitDecrement(1.0));
        return false;
    }

    private void DrawPartner(FieldPlan plan, double[] self, double[] other, bool[] sections, bool isB)
    {
        if (plan.IsConditional)
        {
            if ((plan.SectionIndex >= 0 && !sections[plan.SectionIndex])
                || (plan.InstrumentIndex >= 0 && !_instruments[plan.InstrumentIndex]))
            {
                return;
            }

            if (plan.GateSlot >= 0)
            {
                var gate = self[plan.GateSlot];
                if (double.IsNaN(gate))
                {
                    return;
                }

                if (gate == 0)
                {
                    self[plan.Slot] = plan.GateFalseValue;
                    return;
                }
            }
        }

        // One uniform decides whether the answer is unknown, whether B follows A, and the value itself.
        var u = _random.NextUnit();
        if (Split(ref u, plan.UnknownShare, plan.UnknownRescale))
        {
            return;
        }

        if (!isB)
        {
            _uniformsA[plan.Slot] = u;
        }
        else if (plan.Correlation > 0 && _uniformsA[plan.Slot] is var uniformA && !double.IsNaN(uniformA))
        {
            // Split without a branch on u: whether B follows A is a coin toss the processor cannot predict, so both
            // outcomes are computed and a vector select (a ternary compiles to a jump) keeps one.
            var rest = Math.Min((u - plan.Correlation) * plan.CorrelationRescale, Math.BitDecrement(1.0));
            var follows = Vector128.LessThan(Vector128.CreateScalarUnsafe(u), Vector128.CreateScalarUnsafe(plan.Correlation));
            u = Vector128.ConditionalSelect(follows, Vector128.CreateScalarUnsafe(uniformA), Vector128.CreateScalarUnsafe(rest)).ToScalar();
        }

        self[plan.Slot] = plan.Adjustments.Length == 0 ? Plain(plan, u) : Value(plan, u, self, other);
    }

    /// <summary>
    /// value × scale + shift, held within the finite doubles: two large scales in a row would otherwise reach
    /// infinity, and a later scale of 0 would turn it into NaN (an unknown, even for a required age) where
    /// the arithmetic of real numbers gives 0. Runs only for an adjustment whose condition holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Change(double value, AdjustmentPlan adjustment)
        => Math.Clamp((value * adjustment.Scale) + adjustment.Shift, -double.MaxValue, double.MaxValue);

    /// <summary>
    /// <see cref="Value"/> for a field no adjustment changes, most fields of a scenario: the same result without the
    /// call and the adjustment loops, inlined into the draw loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Plain(FieldPlan plan, double u)
        => plan.IsBoolean ? (u < plan.Probability ? 1 : 0) : plan.Discrete is { } discrete ? discrete.Sample(u) : plan.Sampler!.Sample(u);

    private double Value(FieldPlan plan, double u, double[] self, double[] other)
    {
        var adjustments = plan.Adjustments;
        if (plan.IsBoolean)
        {
            var p = plan.Probability;
            for (var i = 0; i < adjustments.Length; i++)
            {
                var adjustment = adjustments[i];
                if (adjustment.Condition.Holds(_relationship, self, other))
                {
                    p = double.IsNaN(adjustment.Set) ? Change(p, adjustment) : adjustment.Set;
                }
            }

            return u < p ? 1 : 0;
        }

        var sampler = plan.Sampler!;
        var first = 0;
        if (plan.HasWeightAdjustments)
        {
            // Adjustments apply in file order, so the last redraw that holds replaces whatever came before
            // it: changes listed earlier are dropped, its own shift or scale and later changes still apply.
            for (var i = adjustments.Length - 1; i >= 0; i--)
            {
                if (adjustments[i].Weights is { } weights && adjustments[i].Condition.Holds(_relationship, self, other))
                {
                    sampler = weights;
                    first = i;
                    break;
                }
            }
        }

        var value = sampler.Sample(u);
        if (adjustments.Length == 0)
        {
            return value;
        }

        for (var i = first; i < adjustments.Length; i++)
        {
            var adjustment = adjustments[i];
            if (adjustment.Weights is null || adjustment.Scale != 1 || adjustment.Shift != 0 || !double.IsNaN(adjustment.Set))
            {
                if (adjustment.Condition.Holds(_relationship, self, other))
                {
                    value = double.IsNaN(adjustment.Set) ? Change(value, adjustment) : adjustment.Set;
                }
            }
        }

        value = Math.Clamp(value, plan.Min, plan.Max);
        return plan.IsWhole ? Math.Round(value, MidpointRounding.AwayFromZero) : value;
    }
}
