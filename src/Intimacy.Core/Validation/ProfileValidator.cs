using Intimacy.Core.Profiles;

namespace Intimacy.Core.Validation;

/// <summary>
/// Checks a <see cref="CoupleProfile"/>: every field's published range, the instruments' scoring
/// rules, and answers that cannot all be true at once. Reports every problem by JSON path and never
/// echoes a value.
/// </summary>
/// <remarks>Stateless and thread-safe. A valid profile costs no allocation.</remarks>
public static class ProfileValidator
{
    /// <summary>Validates a profile.</summary>
    /// <param name="profile">The profile to check.</param>
    /// <returns>The result, listing every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static ValidationResult Validate(CoupleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        List<ValidationError>? errors = null;

        if (profile.SchemaVersion != CoupleProfile.CurrentSchemaVersion)
        {
            Add(ref errors, "$.schemaVersion", ValidationCodes.SchemaVersion, "must be 1, the only profile format version this library reads.");
        }

        if (profile.PartnerA is null)
        {
            Add(ref errors, "$.partnerA", ValidationCodes.Required, "is required: a profile describes at least one partner.");
        }

        if (profile.PartnerA is not null && FieldCheck.AnyViolation(profile))
        {
            var checks = FieldCheck.All;
            for (var i = 0; i < checks.Count; i++)
            {
                if (checks[i].IsViolatedBy(profile))
                {
                    Add(ref errors, checks[i].Path, ValidationCodes.Range, checks[i].Message);
                }
            }
        }

        if (profile.PartnerA is not null)
        {
            CheckCombinations(profile.PartnerA, "$.partnerA", ref errors);
        }

        if (profile.PartnerB is not null)
        {
            CheckCombinations(profile.PartnerB, "$.partnerB", ref errors);
        }

        return errors is null ? ValidationResult.Valid : ValidationResult.From(errors);
    }

    /// <summary>Validates a profile and throws if it is not valid.</summary>
    /// <param name="profile">The profile to check.</param>
    /// <exception cref="ProfileValidationException">The profile is not valid; the exception lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static void ThrowIfInvalid(CoupleProfile profile) => Validate(profile).ThrowIfInvalid();

    private static void CheckCombinations(PartnerResponse partner, string prefix, ref List<ValidationError>? errors)
    {
        if (partner.WellbeingScores is { } w)
        {
            if (w.Phq9Item9 is { } item9 && w.Phq9 is { } phq9 && item9 > phq9)
            {
                Add(ref errors, prefix + ".wellbeingScores.phq9Item9", ValidationCodes.Combination, $"cannot exceed the PHQ-9 total it is part of ({prefix}.wellbeingScores.phq9).");
            }

            if (w.Phq2 is { } phq2 && w.Phq9 is { } total && phq2 > total)
            {
                Add(ref errors, prefix + ".wellbeingScores.phq2", ValidationCodes.Combination, "cannot exceed the PHQ-9 total: its two items are part of the PHQ-9.");
            }

            if (w.Gad2 is { } gad2 && w.Gad7 is { } gad7 && gad2 > gad7)
            {
                Add(ref errors, prefix + ".wellbeingScores.gad2", ValidationCodes.Combination, "cannot exceed the GAD-7 total: its two items are part of the GAD-7.");
            }

            if (w.Iief5 is < 5 && w.Iief5SexuallyActive == true)
            {
                Add(ref errors, prefix + ".wellbeingScores.iief5", ValidationCodes.Combination, "can be below 5 only when there was no sexual activity in the window (iief5SexuallyActive false or unknown).");
            }
        }

        if (partner.View is { SexPerYear: 0, SexFrequencyFeeling: SexFrequencyFeeling.WantsLess })
        {
            Add(ref errors, prefix + ".view.sexFrequencyFeeling", ValidationCodes.Combination, "cannot be wantsLess when sexPerYear is 0.");
        }

        if (partner.Trust is { BreachOccurred: false } trust && (trust.By is not null || trust.Disclosed is not null || trust.Ended is not null))
        {
            Add(ref errors, prefix + ".trust", ValidationCodes.Combination, "by, disclosed and ended must be left unknown when breachOccurred is false.");
        }

        if (partner.Safety is { } s)
        {
            if (s.SelfHarmThoughts == false && (s.SelfHarmPlan == true || s.SelfHarmIntent == true || s.RecentSelfHarmAttempt == true))
            {
                Add(ref errors, prefix + ".safety.selfHarmThoughts", ValidationCodes.Combination, "cannot be false while a self-harm plan, intent or recent attempt is reported.");
            }

            if (s.ExperiencesViolence == false && (s.Strangulation == true || s.ViolenceEscalating == true))
            {
                Add(ref errors, prefix + ".safety.experiencesViolence", ValidationCodes.Combination, "cannot be false while strangulation or escalating violence is reported.");
            }
        }

        if (partner.Health is { PainDuringSex: false, PainBeingTreated: not null })
        {
            Add(ref errors, prefix + ".health.painBeingTreated", ValidationCodes.Combination, "must be left unknown when painDuringSex is false.");
        }

        if (partner.Life is { NewParent: true, CaresForChildren: false })
        {
            Add(ref errors, prefix + ".life.caresForChildren", ValidationCodes.Combination, "cannot be false for a new parent (newParent true).");
        }

        if (partner.History is { SelfHelpTried: false } h && (h.SelfHelpWeeks > 0 || h.SelfHelpOutcome is not null))
        {
            Add(ref errors, prefix + ".history.selfHelpTried", ValidationCodes.Combination, "cannot be false while weeks of self-help or an outcome are reported.");
        }
    }

    private static void Add(ref List<ValidationError>? errors, string path, string code, string message)
        => (errors ??= []).Add(new ValidationError(path, code, message));
}
