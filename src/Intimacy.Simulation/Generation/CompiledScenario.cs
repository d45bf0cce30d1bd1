using System.Globalization;
using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;
using Intimacy.Shared;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// A scenario checked and turned into arrays of field plans in dependency order. Compiling is the
/// one place a scenario is validated, whether it came from a file or from code.
/// </summary>
internal sealed class CompiledScenario
{
    /// <summary>Partner sections a scenario may give an answer share to; questionnaires go by instrument instead.</summary>
    internal static readonly string[] SectionNames =
    [
        ProfileSections.View, ProfileSections.Life, ProfileSections.Health, ProfileSections.Personal, ProfileSections.Trauma,
        ProfileSections.Trust, ProfileSections.Commitment, ProfileSections.Safety, ProfileSections.History,
    ];

    /// <summary>Follow-up answers asked only when another answer is true, and their value when it is false.</summary>
    private static readonly (string Child, string Parent, bool FalseWhenParentFalse)[] Gates =
    [
        ("trust.by", "trust.breachOccurred", false),
        ("trust.disclosed", "trust.breachOccurred", false),
        ("trust.ended", "trust.breachOccurred", false),
        ("health.painBeingTreated", "health.painDuringSex", false),
        ("history.selfHelpWeeks", "history.selfHelpTried", false),
        ("history.selfHelpOutcome", "history.selfHelpTried", false),
        ("safety.selfHarmPlan", "safety.selfHarmThoughts", true),
        ("safety.selfHarmIntent", "safety.selfHarmThoughts", true),
        ("safety.recentSelfHarmAttempt", "safety.selfHarmThoughts", true),
        ("safety.strangulation", "safety.experiencesViolence", true),
        ("safety.violenceEscalating", "safety.experiencesViolence", true),
        ("life.newParent", "life.caresForChildren", true),
    ];

    private CompiledScenario()
    {
    }

    public required Scenario Scenario { get; init; }

    public required FieldPlan[] RelationshipPlans { get; init; }

    public required FieldPlan[] PartnerPlans { get; init; }

    public required double OneRespondentShare { get; init; }

    /// <summary>The share of couples carrying each instrument, indexed as <see cref="Instrument.All"/>.</summary>
    public required double[] InstrumentShares { get; init; }

    /// <summary>The share answering each section, indexed as <see cref="SectionNames"/>.</summary>
    public required double[] SectionShares { get; init; }

    public required Repairs Repairs { get; init; }

    /// <summary>Checks and compiles a scenario.</summary>
    /// <exception cref="ScenarioIssue">The scenario is not valid.</exception>
    public static CompiledScenario Compile(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Require(!string.IsNullOrWhiteSpace(scenario.Name), "name", "must not be empty.");
        Require(scenario.DefaultCount >= 1, "count", "must be at least 1.");
        RequireShare(scenario.OneRespondentShare, "oneRespondentShare");
        RequireShare(scenario.UnknownShare, "unknownShare");
        RequireShare(scenario.PartnerCorrelation, "partnerCorrelation");

        var instrumentShares = new double[Instrument.All.Count];
        foreach (var (instrument, share) in scenario.Instruments ?? new Dictionary<Instrument, double>())
        {
            RequireShare(share, "instruments." + instrument.Id);
            instrumentShares[IndexOf(Instrument.All, instrument)] = share;
        }

        var sectionShares = Enumerable.Repeat(1.0, SectionNames.Length).ToArray();
        foreach (var (section, share) in scenario.Sections ?? new Dictionary<string, double>())
        {
            var index = Array.IndexOf(SectionNames, section);
            if (index < 0)
            {
                var hint = section is ProfileSections.RelationshipScores or ProfileSections.WellbeingScores
                    ? " Questionnaire sections follow the instruments shares."
                    : string.Empty;
                throw new ScenarioIssue("sections." + section, $"is not a partner section that can be left unanswered; use one of {string.Join(", ", SectionNames)}.{hint}");
            }

            RequireShare(share, "sections." + section);
            sectionShares[index] = share;
        }

        var specs = BuildSpecs(scenario);
        var plans = new Dictionary<ProfileField, FieldPlan>();
        foreach (var (field, spec) in specs)
        {
            plans[field] = BuildPlan(scenario, field, spec, specs, sectionShares);
        }

        var ageField = ProfileField.Catalog.Get("ageYears");
        Require(plans.ContainsKey(ageField), "fields", "must give a distribution for ageYears: every partner has an age.");

        for (var i = 0; i < Instrument.All.Count; i++)
        {
            var instrument = Instrument.All[i];
            if (instrumentShares[i] > 0 && !instrument.FieldPaths.Any(p => plans.ContainsKey(ProfileField.Catalog.Get(p))))
            {
                throw new ScenarioIssue(
                    "instruments." + instrument.Id,
                    $"gives couples the {instrument.Name} but fields has no distribution for its scores ({string.Join(", ", instrument.FieldPaths)}).");
            }
        }

        var edges = new List<(ProfileField From, ProfileField To, int Adjustment)>();
        foreach (var plan in plans.Values)
        {
            if (plan.GateSlot >= 0)
            {
                edges.Add((ProfileField.Catalog.Partner[plan.GateSlot], plan.Field, -1));
            }
        }

        CompileAdjustments(scenario, plans, edges);

        return new CompiledScenario
        {
            Scenario = scenario,
            RelationshipPlans = Order(plans.Values.Where(p => p.Field.IsRelationship), edges),
            PartnerPlans = Order(plans.Values.Where(p => !p.Field.IsRelationship), edges),
            OneRespondentShare = scenario.OneRespondentShare,
            InstrumentShares = instrumentShares,
            SectionShares = sectionShares,
            Repairs = new Repairs(),
        };
    }

    private static List<(ProfileField Field, FieldSpec Spec)> BuildSpecs(Scenario scenario)
    {
        var result = new List<(ProfileField, FieldSpec)>();
        var seen = new HashSet<ProfileField>();
        foreach (var spec in scenario.Fields ?? [])
        {
            var keyPath = "fields[" + spec.Path + "]";
            var field = ProfileField.Catalog.Find(spec.Path ?? string.Empty)
                ?? throw new ScenarioIssue(keyPath, UnknownPathMessage(spec.Path ?? string.Empty));
            Require(seen.Add(field), keyPath, "appears twice; give each field one distribution.");
            Require(spec.Distribution is not null, keyPath + ".distribution", "is required.");
            result.Add((field, spec));
        }

        return result;
    }

    private static FieldPlan BuildPlan(Scenario scenario, ProfileField field, FieldSpec spec, List<(ProfileField Field, FieldSpec Spec)> specs, double[] sectionShares)
    {
        var keyPath = "fields[" + spec.Path + "]";
        var instrument = field.IsRelationship ? null : Instrument.ForField(field.Path);

        if (spec.UnknownShare is { } unknown)
        {
            RequireShare(unknown, keyPath + ".unknown");
            Require(!field.Required || unknown == 0, keyPath + ".unknown", $"must be 0: {field.Path} cannot be left unknown.");
        }

        if (spec.Correlation is { } correlation)
        {
            RequireShare(correlation, keyPath + ".correlation");
            Require(!field.IsRelationship, keyPath + ".correlation", "does not apply: relationship fields are drawn once for the couple.");
        }

        var gateSlot = -1;
        var gateFalse = double.NaN;
        foreach (var (child, parent, falseWhenParentFalse) in Gates)
        {
            if (child == field.Path)
            {
                var parentField = ProfileField.Catalog.Get(parent);
                Require(
                    specs.Any(s => s.Field == parentField),
                    keyPath,
                    $"is only asked when {parent} is true, so {parent} needs a distribution too.");
                gateSlot = parentField.Slot;
                gateFalse = falseWhenParentFalse ? 0 : double.NaN;
            }
        }

        var exempt = field.Required || instrument is not null;

        // A section every respondent answers (share 1, the default) cannot leave the field out, and deciding so
        // draws no number: the draw loop need not look.
        var sectionIndex = Array.IndexOf(SectionNames, field.Section);
        if (sectionIndex >= 0 && sectionShares[sectionIndex] >= 1)
        {
            sectionIndex = -1;
        }

        return new FieldPlan
        {
            Field = field,
            Sampler = field.Kind == FieldKind.Boolean ? null : SamplerFactory.Create(spec.Distribution, field, keyPath),
            Probability = field.Kind == FieldKind.Boolean ? SamplerFactory.Probability(spec.Distribution, field, keyPath) : 0,
            UnknownShare = spec.UnknownShare ?? (exempt ? 0 : scenario.UnknownShare),
            Correlation = field.IsRelationship ? 0 : spec.Correlation ?? scenario.PartnerCorrelation,
            SectionIndex = sectionIndex,
            InstrumentIndex = instrument is null ? -1 : IndexOf(Instrument.All, instrument),
            GateSlot = gateSlot,
            GateFalseValue = gateFalse,
        };
    }

    private static void CompileAdjustments(Scenario scenario, Dictionary<ProfileField, FieldPlan> plans, List<(ProfileField From, ProfileField To, int Adjustment)> edges)
    {
        var perField = new Dictionary<ProfileField, List<AdjustmentPlan>>();
        var adjustments = scenario.Adjustments ?? [];
        for (var i = 0; i < adjustments.Count; i++)
        {
            var adjustment = adjustments[i];
            var keyPath = "adjustments[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            Condition condition;
            try
            {
                condition = Condition.Parse(adjustment.When ?? string.Empty);
            }
            catch (ConditionSyntaxException ex)
            {
                throw new ScenarioIssue(keyPath + ".when", "the condition " + ex.Message);
            }

            var references = condition.RelationshipReferences.Concat(condition.PartnerReferences).Distinct().ToList();
            foreach (var reference in references)
            {
                Require(plans.ContainsKey(reference), keyPath + ".when", $"refers to {reference.Path}, which has no distribution in fields, so it would always be unknown.");
            }

            Require(adjustment.Then is { Count: > 0 }, keyPath + ".then", "must change at least one field.");
            foreach (var change in adjustment.Then!)
            {
                var changePath = keyPath + ".then[" + change.Path + "]";
                var target = ProfileField.Catalog.Find(change.Path ?? string.Empty)
                    ?? throw new ScenarioIssue(changePath, UnknownPathMessage(change.Path ?? string.Empty));
                Require(plans.ContainsKey(target), changePath, "has no distribution in fields; only generated fields can be adjusted.");
                Require(
                    !target.IsRelationship || condition.PartnerReferences.Count == 0,
                    keyPath + ".when",
                    $"reads a partner's answer, but {target.Path} is drawn once for the couple; a relationship field can depend only on other relationship fields.");

                var plan = BuildAdjustment(condition, change, target, changePath);
                if (!perField.TryGetValue(target, out var list))
                {
                    perField[target] = list = [];
                }

                list.Add(plan);
                foreach (var reference in references)
                {
                    edges.Add((reference, target, i));
                }
            }
        }

        foreach (var (field, list) in perField)
        {
            plans[field].Adjustments = [.. list];
            plans[field].HasWeightAdjustments = list.Any(a => a.Weights is not null);
        }
    }

    private static AdjustmentPlan BuildAdjustment(Condition condition, FieldAdjustment change, ProfileField target, string keyPath)
    {
        var hasAny = change.Shift is not null || change.Scale is not null || change.Set is not null || change.Weights is not null;
        Require(hasAny, keyPath, "must say how the field changes: shift, scale, set or weights.");
        Require(change.Set is null || (change.Shift is null && change.Scale is null && change.Weights is null), keyPath + ".set", "cannot be combined with shift, scale or weights.");
        if (change.Shift is { } shift)
        {
            Require(double.IsFinite(shift), keyPath + ".shift", "must be a finite number.");
            Require(target.Kind != FieldKind.Option || target.OptionType == typeof(Frequency), keyPath + ".shift", $"cannot move {target.Path}: its options have no order; use weights or set.");
        }

        if (change.Scale is { } scale)
        {
            Require(double.IsFinite(scale) && scale >= 0, keyPath + ".scale", "must be a number of zero or more.");
            Require(target.Kind != FieldKind.Option, keyPath + ".scale", target.OptionType == typeof(Frequency)
                    ? $"cannot scale {target.Path}: it is one of a set of options; use shift (steps), weights or set."
                    : $"cannot scale {target.Path}: it is one of a set of options; use weights or set.");
        }

        Require(change.Weights is null || target.Kind == FieldKind.Option, keyPath + ".weights", $"applies only to option fields; {target.Path} takes {target.RangeText}.");

        return new AdjustmentPlan
        {
            Condition = condition,
            Shift = change.Shift ?? 0,
            Scale = change.Scale ?? 1,
            Set = change.Set is null ? double.NaN : SamplerFactory.ParseValue(target, change.Set, keyPath + ".set"),
            Weights = change.Weights is null ? null : SamplerFactory.Categorical(change.Weights, target, keyPath + ".weights"),
        };
    }

    /// <summary>Orders plans so every field comes after the fields it depends on; ties go by profile order.</summary>
    private static FieldPlan[] Order(IEnumerable<FieldPlan> plans, List<(ProfileField From, ProfileField To, int Adjustment)> edges)
    {
        var remaining = plans.OrderBy(p => p.Slot).ToList();
        var members = remaining.Select(p => p.Field).ToHashSet();
        var relevant = edges.Where(e => members.Contains(e.From) && members.Contains(e.To) && e.From != e.To).ToList();
        var selfLoop = edges.FirstOrDefault(e => e.From == e.To && members.Contains(e.From));
        if (selfLoop.From is not null)
        {
            // Reading the field being drawn (for either partner) would see it unknown for partner A and known
            // for partner B: an asymmetry no one would expect, so it is refused.
            throw new ScenarioIssue(
                "adjustments[" + selfLoop.Adjustment.ToString(CultureInfo.InvariantCulture) + "].when",
                $"reads {selfLoop.From.Path}, the field it changes; a field cannot depend on itself.");
        }

        var ordered = new List<FieldPlan>();
        var done = new HashSet<ProfileField>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(p => relevant.All(e => e.To != p.Field || done.Contains(e.From)));
            if (next is null)
            {
                var stuck = remaining.Select(p => p.Field).ToHashSet();
                var edge = relevant.First(e => stuck.Contains(e.From) && stuck.Contains(e.To) && e.Adjustment >= 0);
                var names = string.Join(", ", stuck.Where(f => relevant.Any(e => e.To == f && stuck.Contains(e.From))).Select(f => f.Path));
                throw new ScenarioIssue(
                    "adjustments[" + edge.Adjustment.ToString(CultureInfo.InvariantCulture) + "]",
                    $"makes fields depend on each other in a circle ({names}); remove one of the dependencies.");
            }

            ordered.Add(next);
            done.Add(next.Field);
            remaining.Remove(next);
        }

        return [.. ordered];
    }

    private static string UnknownPathMessage(string path)
    {
        // Suggest the closest real path when the typo is small (at most a third of the name's length).
        var best = Spelling.Closest(path, ProfileField.Catalog.Relationship.Concat(ProfileField.Catalog.Partner).Select(f => f.Path), Math.Max(2, path.Length / 3));
        return best is not null
            ? $"is not a field of the profile; did you mean {best}?"
            : "is not a field of the profile; use a path relative to a partner (view.sexPerYear) or relationship.… (relationship.lengthYears).";
    }

    private static int IndexOf(IReadOnlyList<Instrument> list, Instrument item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                return i;
            }
        }

        throw new ScenarioIssue("instruments", "names an instrument this library does not know.");
    }

    private static void RequireShare(double value, string keyPath)
        => Require(double.IsFinite(value) && value >= 0 && value <= 1, keyPath, "must be a share from 0 to 1.");

    private static void Require(bool condition, string keyPath, string message)
    {
        if (!condition)
        {
            throw new ScenarioIssue(keyPath, message);
        }
    }
}
