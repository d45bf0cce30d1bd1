using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Scenarios;

public class ConditionTests
{
    private static readonly double[] NoRelationship = Enumerable.Repeat(double.NaN, ProfileField.Catalog.Relationship.Count).ToArray();

    private static double[] Partner(params (string Path, double Value)[] answers)
    {
        var values = Enumerable.Repeat(double.NaN, ProfileField.Catalog.Partner.Count).ToArray();
        foreach (var (path, value) in answers)
        {
            values[ProfileField.Catalog.Get(path).Slot] = value;
        }

        return values;
    }

    [Theory]
    [InlineData("life.newParent", true)]
    [InlineData("life.newParent == true", true)]
    [InlineData("not life.newParent", false)]
    [InlineData("view.desireLevel >= 4 and view.trend == worsening", true)]
    [InlineData("view.desireLevel > 4 or view.trend != stable", true)]
    [InlineData("abs(view.desireLevel - partner.view.desireLevel) >= 3", true)]
    [InlineData("view.desireLevel - partner.view.desireLevel == -3", false)]
    [InlineData("view.desireLevel * 2 / 4 == 2", true)]
    [InlineData("-view.desireLevel < -3", true)]
    [InlineData("(view.desireLevel + 1) == 5", true)]
    public void Holds_EvaluatesKnownAnswers(string text, bool expected)
    {
        var self = Partner(("life.newParent", 1), ("view.desireLevel", 4), ("view.trend", 2));
        var other = Partner(("view.desireLevel", 1));

        Condition.Parse(text).Holds(NoRelationship, self, other).Should().Be(expected);
    }

    [Theory]
    [InlineData("life.exhausted")]
    [InlineData("not life.exhausted")]
    [InlineData("life.exhausted == false")]
    [InlineData("life.exhausted != true")]
    [InlineData("view.desireLevel < 10")]
    [InlineData("abs(view.desireLevel - partner.view.desireLevel) >= 0")]
    [InlineData("not (life.exhausted == true)")]
    [InlineData("not (view.desireLevel < 10)")]
    [InlineData("not (partner.view.desireLevel >= 3)")]
    [InlineData("not (life.exhausted and view.desireLevel > 2)")]
    [InlineData("not (life.exhausted or view.desireLevel > 2)")]
    [InlineData("not not life.exhausted")]
    [InlineData("(view.desireLevel < 10) == false")]
    public void Holds_IsFalseWhenAnAnswerIsUnknown(string text)
    {
        var unknown = Partner();

        Condition.Parse(text).Holds(NoRelationship, unknown, unknown).Should().BeFalse();
    }

    [Theory]
    [InlineData("life.exhausted and view.desireLevel > 3", false)]
    [InlineData("not (life.exhausted and view.desireLevel > 3)", true)]
    [InlineData("life.exhausted or view.desireLevel == 2", true)]
    [InlineData("not (life.exhausted or view.desireLevel == 2)", false)]
    [InlineData("life.exhausted or view.desireLevel > 3", false)]
    [InlineData("not (life.exhausted or view.desireLevel > 3)", false)]
    public void Holds_WithOneAnswerUnknown_DependsOnWhetherTheKnownAnswerDecides(string text, bool expected)
    {
        // desireLevel is 2 and exhausted unknown: "false and unknown" is false whatever the unknown is, so
        // its negation holds; "true or unknown" is true; anything else still hangs on the unknown answer.
        var self = Partner(("view.desireLevel", 2));

        Condition.Parse(text).Holds(NoRelationship, self, Partner()).Should().Be(expected);
    }

    [Fact]
    public void Holds_ReadsRelationshipFacts()
    {
        var relationship = (double[])NoRelationship.Clone();
        relationship[ProfileField.Catalog.Get("relationship.lengthYears").Slot] = 3.5;

        var condition = Condition.Parse("relationship.lengthYears >= 1 and relationship.lengthYears <= 5");

        condition.Holds(relationship, Partner(), Partner()).Should().BeTrue();
        condition.RelationshipReferences.Select(f => f.Path).Distinct().Should().Equal("relationship.lengthYears");
        condition.PartnerReferences.Should().BeEmpty();
    }

    [Fact]
    public void Canonical_NormalisesSpacingAndParenthesises()
        => Condition.Parse("abs( view.desireLevel-partner.view.desireLevel )>=2 and not life.exhausted")
            .Canonical.Should().Be("((abs((view.desireLevel - partner.view.desireLevel)) >= 2) and (not life.exhausted))");

    [Theory]
    [InlineData("", "is empty; write a condition such as life.newParent == true.")]
    [InlineData("view.trend == ", "ends too early: a value is missing at the end.")]
    [InlineData("view.trend # 2", "has an unexpected '#' at character 12.")]
    [InlineData("partner.relationship.lengthYears > 1", "names 'partner.relationship.lengthYears' at character 1, which is not a partner field.")]
    [InlineData("1e999 > 2", "has '1e999' at character 1, which is not a number.")]
    public void Parse_Invalid_ExplainsWhere(string text, string message)
    {
        var act = () => Condition.Parse(text);

        act.Should().Throw<ConditionSyntaxException>().WithMessage(message);
    }
}
