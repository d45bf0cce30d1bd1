using Intimacy.Core.Catalog;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Apps embedding the libraries run under their users' culture. Every machine-readable output (plan JSON, CDS
/// cards, stamps and hashes) and every rendered text must be the same, byte for byte, whatever the current
/// culture and UI culture: de-DE (<c>13,5</c>), tr-TR (dotted and dotless i), ar-SA and fa-IR (other signs and
/// calendars), sv-SE (U+2212 minus).
/// </summary>
public class CultureIndependenceTests
{
    private static readonly Audience[] Audiences = Enum.GetValues<Audience>();

    private static readonly Lazy<string> SampleProfile = new(() => File.ReadAllText(RepositoryFiles.PathOf("samples/profiles/quickstart-couple.json")));

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void PlansViewsRenderingsAndCards_AreTheSameWhateverTheCulture(string culture) =>
        Cultures.Differences(culture, PlanOutputs).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(AwkwardCultures))]
    public void AnEngineWithAnAppRuleOfNegativePriority_HasTheSameStampCatalogAndDescription_WhateverTheCulture(string culture) =>
        Cultures.Differences(culture, AppRuleOutputs).Should().BeEmpty();

    public static TheoryData<string> AwkwardCultures => Cultures.Awkward;

    private static IEnumerable<(string, string)> PlanOutputs()
    {
        var engine = RecommendationEngine.CreateDefault();
        var profiles = OutputProfiles.Named().Concat(OutputProfiles.Random(17, 12)).Append(ProfileJson.Deserialize(SampleProfile.Value)).ToList();
        yield return ("rule catalog", RuleCatalogWriter.Write(engine));
        yield return ("glossary", GlossaryWriter.Write(engine.Catalog));
        yield return ("rule-set hash", engine.RuleSetHash);
        yield return ("options hash", engine.OptionsHash);
        for (var i = 0; i < profiles.Count; i++)
        {
            var plan = engine.Recommend(profiles[i]);
            yield return ($"profile {i} json", ProfileJson.Serialize(profiles[i], indented: true));
            yield return ($"plan {i}", PlanJson.Serialize(plan));
            yield return ($"plan {i} indented", PlanJson.Serialize(plan, indented: true));
            yield return ($"plan {i} round trip", PlanJson.Serialize(PlanJson.Deserialize(PlanJson.Serialize(plan))));
            foreach (var audience in Audiences)
            {
                yield return ($"plan {i} for {audience}", PlanJson.Serialize(plan.ForAudience(audience)));
                yield return ($"plan {i} markdown for {audience}", PlanRenderer.ToMarkdown(plan, audience));
                yield return ($"plan {i} text for {audience}", PlanRenderer.ToPlainText(plan, audience));
                yield return ($"plan {i} cards for {audience}", CdsCards.Serialize(CdsCards.CreateResponse(plan, audience, "encounter-1"), indented: true));
                yield return ($"plan {i} card count for {audience}", CdsCards.Create(plan, audience).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    private static IEnumerable<(string, string)> AppRuleOutputs()
    {
        var engine = new RecommendationEngineBuilder().AddRules(typeof(LatePassRule)).Build();
        yield return ("rule-set hash", engine.RuleSetHash);
        yield return ("rule catalog", RuleCatalogWriter.Write(engine));
        yield return ("rule info", string.Join('\n', engine.Rules.Select(r => r.ToString())));
        var plan = engine.Recommend(OutputProfiles.DriftingApart());
        yield return ("plan", PlanJson.Serialize(plan));
        yield return ("cards", CdsCards.Serialize(CdsCards.CreateResponse(plan, Audience.Clinician, "encounter-1")));
    }

    /// <summary>An app rule that runs after every built-in one (a negative agenda priority) and does nothing.</summary>
    [Name("App.LatePass")]
    [Description("Runs last and changes nothing.")]
    [Priority(-25)]
    public sealed class LatePassRule : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            CoupleProfile profile = null!;

            When()
                .Match(() => profile);
            Then()
                .Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }
}
