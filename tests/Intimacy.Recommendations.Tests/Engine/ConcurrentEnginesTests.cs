using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Options;
using Intimacy.Recommendations.Rules;
using Intimacy.Rules;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Testing;
using Microsoft.Extensions.DependencyInjection;
using Gen = FsCheck.Fluent.Gen;
using TestProfiles = Intimacy.Recommendations.Tests.Properties.ProfileGenerator;

namespace Intimacy.Recommendations.Tests.Engine;

/// <summary>
/// The engine's documented thread safety under stress: engines with different options and app rules, built at the
/// same time, evaluate the same and different profiles on many threads, with evaluations cancelled or failing
/// mid-run in between; every plan must be byte for byte the plan an engine of the same configuration, built
/// apart and used on one thread, makes, and an engine must be unaffected by its own failed or cancelled evaluations
/// (whose workspaces it must not reuse as they are).
/// </summary>
public class ConcurrentEnginesTests
{
    private const int Evaluations = 3_000;

    /// <summary>What the saboteur rules do in the evaluation running on this thread.</summary>
    [ThreadStatic]
    private static Sabotage t_sabotage;

    [ThreadStatic]
    private static CancellationTokenSource? t_cancel;

    internal enum Sabotage
    {
        None,
        ThrowEarly,
        CancelEarly,
        ThrowLate,
        CancelLate,
    }

    private static readonly Lazy<CoupleProfile[]> Profiles = new(() =>
    [
        ProfileJson.Deserialize(File.ReadAllText(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json"))),
        .. Gen.Sample(TestProfiles.Profile, 240, new Rnd(20_261_207UL), 30),
    ]);

    /// <summary>Engines that differ in every way an engine may: cutoffs, tags switched off, app rules of each kind.</summary>
    private static readonly Func<RecommendationEngineBuilder>[] Configurations =
    [
        () => new RecommendationEngineBuilder(),
        () => new RecommendationEngineBuilder().Configure(o => o.Csi4Cutoff = 20.5).AddRules(typeof(NearCsi4CutoffRule), typeof(NearCsi4AnswerRule)),
        () => new RecommendationEngineBuilder().Configure(o =>
        {
            o.Csi4Cutoff = 5;
            o.SexlessFrequencyPerYear = 3;
            o.PersistentDistanceMonths = 2;
            o.DisabledTags.Add(RuleTags.Sexual);
        }).AddRules(typeof(NearCsi4CutoffRule), typeof(NearCsi4AnswerRule), typeof(EarlySaboteurRule), typeof(LateSaboteurRule)),
        () => new RecommendationEngineBuilder().Configure(o =>
        {
            foreach (var threshold in RecommendationOptions.Thresholds)
            {
                o.SetThreshold(threshold.Name, threshold.Maximum);
            }

            o.DisabledTags.Add(RuleTags.Maintenance);
        }).AddRules(typeof(EarlySaboteurRule), typeof(LateSaboteurRule)),
        () => new RecommendationEngineBuilder().Configure(o =>
        {
            foreach (var threshold in RecommendationOptions.Thresholds)
            {
                o.SetThreshold(threshold.Name, threshold.Minimum);
            }
        }).AddRules(typeof(NearCsi4CutoffRule), typeof(NearCsi4AnswerRule), typeof(EarlySaboteurRule), typeof(LateSaboteurRule)),
        () => new RecommendationEngineBuilder().Configure(o => o.DisabledTags.UnionWith([RuleTags.WarningSigns, RuleTags.Dyadic]))
            .AddRules(typeof(NearCsi4CutoffRule), typeof(NearCsi4AnswerRule), typeof(EarlySaboteurRule), typeof(LateSaboteurRule)),
    ];

    [Fact]
    public void EnginesWithDifferentOptions_BuiltAndUsedConcurrently_MakeTheirOwnSequentialPlans()
    {
        var profiles = Profiles.Value;

        // The expected plans: engines of the same configurations, built apart, each used on this thread only.
        var expected = new string[Configurations.Length][];
        for (var e = 0; e < Configurations.Length; e++)
        {
            var reference = Configurations[e]().Build();
            expected[e] = [.. profiles.Select(p => Json(reference.Evaluate(p)))];
        }

        // The engines under test, built at the same time (twice each, so two engines share every configuration).
        var engines = new RecommendationEngine[Configurations.Length * 2];
        Parallel.For(0, engines.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => engines[i] = Configurations[i % Configurations.Length]().Build());

        var failures = new string?[Evaluations];
        var sabotaged = 0;
        Parallel.For(0, Evaluations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var e = (int)((i * 7L) % engines.Length);
            var configuration = e % Configurations.Length;
            var p = (int)((i * 13L) % profiles.Length);
            var engine = engines[e];
            var sabotage = engine.Rules.Any(r => r.Name == EarlySaboteurRule.Name) ? (Sabotage)(i % 9 < 5 ? i % 9 : 0) : Sabotage.None;
            failures[i] = sabotage == Sabotage.None
                ? Compare(engine, profiles[p], expected[configuration][p], i % 2 == 0)
                : Sabotaged(engine, profiles[p], sabotage);
            if (sabotage != Sabotage.None)
            {
                Interlocked.Increment(ref sabotaged);

                // The same engine, straight after on the same thread, with the same profile.
                failures[i] ??= Compare(engine, profiles[p], expected[configuration][p], true);
            }
        });

        failures.Where(f => f is not null).Take(5).Should().BeEmpty();
        sabotaged.Should().BeGreaterThan(Evaluations / 5);

        // And afterwards, on one thread, every engine still makes every plan.
        for (var e = 0; e < engines.Length; e++)
        {
            for (var p = 0; p < profiles.Length; p += 7)
            {
                Compare(engines[e], profiles[p], expected[e % Configurations.Length][p], true).Should().BeNull();
            }
        }
    }

    /// <summary>
    /// The built-in rules keep findings and reasons for reuse; an engine built with other cutoffs must never be handed
    /// those of another engine, whichever evaluates first, on whichever thread.
    /// </summary>
    [Fact]
    public void AnEngineWithAnotherCutoff_NeverShowsAnotherEnginesThresholdText()
    {
        var profile = new CoupleProfile
        {
            PartnerA = new PartnerResponse { AgeYears = 40, RelationshipScores = new RelationshipScores { Csi4 = 4 } },
            PartnerB = new PartnerResponse { AgeYears = 41, RelationshipScores = new RelationshipScores { Csi4 = 4 } },
        };
        var cutoffs = Enumerable.Range(0, 16).Select(k => 5.5 + k).ToArray();
        var engines = new RecommendationEngine[cutoffs.Length];

        // Half built apart, half through dependency injection from containers that share one instance of the app rule
        // (an app may register its own instance): that rule then serves engines with different cut-offs.
        var shared = new NearCsi4CutoffRule();
        Parallel.For(0, engines.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 2 == 0)
            {
                engines[i] = new RecommendationEngineBuilder().Configure(o => o.Csi4Cutoff = cutoffs[i]).AddRules(typeof(NearCsi4CutoffRule)).Build();
                return;
            }

            var services = new ServiceCollection();
            services.AddSingleton(shared);
            services.AddIntimacyCore(o => o.Csi4Cutoff = cutoffs[i]).AddRules(typeof(NearCsi4CutoffRule));
            using var provider = services.BuildServiceProvider();
            engines[i] = provider.GetRequiredService<RecommendationEngine>();
        });

        var wrong = new string?[2_000];
        Parallel.For(0, wrong.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % engines.Length;
            var plan = engines[k].Recommend(profile);
            var cutoff = cutoffs[k].ToString(CultureInfo.InvariantCulture);
            var thresholds = plan.Findings.Where(f => f.Code is "instrument.csi4-distress" or NearCsi4CutoffRule.CodeText).Select(f => f.Threshold)
                .Concat(plan.AllItems.SelectMany(item => item.Reasons).Where(r => r.FindingIds.Any(id => id.StartsWith("instrument.csi4-distress", StringComparison.Ordinal))).Select(r => r.Threshold))
                .ToList();
            wrong[i] = thresholds.Count >= 3 && thresholds.All(t => t is not null && t.Contains("below " + cutoff, StringComparison.Ordinal))
                ? null
                : $"engine with cut-off {cutoff}: thresholds {string.Join(" | ", thresholds)}";
        });

        wrong.Where(w => w is not null).Take(3).Should().BeEmpty();
    }

    private static string? Compare(RecommendationEngine engine, CoupleProfile profile, string expected, bool evaluate)
    {
        // Recommend gives the plan alone: compared with the plan's part of the expected text (before the firing counts).
        var json = evaluate ? Json(engine.Evaluate(profile)) : PlanJson.Serialize(engine.Recommend(profile));
        var wanted = evaluate ? expected : expected[..expected.LastIndexOf('\n')];
        return json == wanted ? null : Describe(engine, json, wanted);
    }

    private static string Describe(RecommendationEngine engine, string json, string expected) =>
        $"engine {engine.OptionsHash[..8]}/{engine.RuleSetHash[..8]}: got {json.Length} characters, expected {expected.Length}; first difference at "
        + Enumerable.Range(0, Math.Min(json.Length, expected.Length)).FirstOrDefault(k => json[k] != expected[k]);

    /// <summary>An evaluation a saboteur rule cancels or fails mid-run: it must end in the matching exception.</summary>
    private static string? Sabotaged(RecommendationEngine engine, CoupleProfile profile, Sabotage sabotage)
    {
        using var cancel = new CancellationTokenSource();
        t_sabotage = sabotage;
        t_cancel = cancel;
        try
        {
            engine.Recommend(profile, cancel.Token);
            return $"the {sabotage} evaluation made a plan";
        }
        catch (OperationCanceledException) when (sabotage is Sabotage.CancelEarly or Sabotage.CancelLate)
        {
            return null;
        }
        catch (RuleExecutionException exception) when (sabotage is Sabotage.ThrowEarly or Sabotage.ThrowLate && exception.InnerException is SabotageException)
        {
            return null;
        }
        catch (Exception exception)
        {
            return $"the {sabotage} evaluation threw {exception.GetType().Name}: {exception.Message}";
        }
        finally
        {
            t_sabotage = Sabotage.None;
            t_cancel = null;
        }
    }

    /// <summary>The plan's JSON followed by the firing counts, so a stale session shows either way.</summary>
    private static string Json(Evaluation evaluation) =>
        PlanJson.Serialize(evaluation.Plan) + "\n" + string.Join(',', evaluation.FiringCounts);

    /// <summary>Throws or cancels when the evaluation on this thread asks for one of these two sabotages.</summary>
    private static void Act(Sabotage throwing, Sabotage cancelling)
    {
        var sabotage = t_sabotage;
        if (sabotage == throwing || sabotage == cancelling)
        {
            if (sabotage is Sabotage.CancelEarly or Sabotage.CancelLate)
            {
                t_cancel!.Cancel();
            }
            else
            {
                throw new SabotageException();
            }
        }
    }

    private sealed class SabotageException() : Exception("sabotaged");

    [Name(Name)]
    [Priority(100_000)]
    [Tag("app-stress")]
    private sealed class EarlySaboteurRule : Rule
    {
        public new const string Name = "App.Stress.EarlySaboteur";

        public override void Define()
        {
            Couple couple = null!;
            When().Match(() => couple);
            Then().Do(ctx => Act(Sabotage.ThrowEarly, Sabotage.CancelEarly));
        }
    }

    [Name("App.Stress.LateSaboteur")]
    [Priority(-100_000)]
    [Tag("app-stress")]
    private sealed class LateSaboteurRule : Rule
    {
        public override void Define()
        {
            Couple couple = null!;
            When().Match(() => couple);
            Then().Do(ctx => Act(Sabotage.ThrowLate, Sabotage.CancelLate));
        }
    }

    /// <summary>An app's partner finding whose threshold text carries the engine's CSI-4 cut-off (cached per rule, like the built-in ones).</summary>
    [Name("App.Stress.NearCsi4Cutoff")]
    [Tag("app-stress")]
    private sealed class NearCsi4CutoffRule : PartnerFindingRule
    {
        public const string CodeText = "app.stress.near-csi4-cutoff";

        private static readonly FindingCode FindingCode = new(CodeText);
        private static readonly InputSet Answers = new("relationshipScores.csi4");

        protected override FindingCode Code => FindingCode;

        protected override FindingKind Kind => FindingKind.Instrument;

        protected override string Title => "CSI-4 score near the cut-off";

        protected override InputSet Inputs => Answers;

        protected override IReadOnlyList<Citation> Sources => [];

        protected override bool Applies(Respondent respondent, Thresholds thresholds) => respondent.Response.RelationshipScores?.Csi4 < thresholds.Csi4Cutoff + 3;

        protected override string? ThresholdText(Thresholds thresholds) => string.Create(CultureInfo.InvariantCulture, $"CSI-4 below {thresholds.Csi4Cutoff} + 3");
    }

    /// <summary>An app's answer to that finding (answers are cached per finding, like the built-in ones).</summary>
    [Name("App.Stress.NearCsi4Answer")]
    [Tag("app-stress")]
    private sealed class NearCsi4AnswerRule : RecommendationRule
    {
        protected override IEnumerable<string> Triggers => [NearCsi4CutoffRule.CodeText, "instrument.csi4-distress"];

        protected override IEnumerable<Proposal> Proposals =>
        [
            new(Interventions.All.First(i => i.Kind == InterventionKind.SelfGuidedExercise), 40, "Talk about it together."),
            new(Interventions.All.First(i => i.Kind == InterventionKind.ProfessionalTherapy), 30, "A professional can help.", ForCouple: true),
        ];
    }
}
