
namespace Intimacy.Rules.Tests.Conventions;

public class PublicSurfaceTests
{
    private static readonly System.Reflection.Assembly Library = typeof(ISession).Assembly;

    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        SnapshotFiles.ShouldMatchCommitted("tests/Intimacy.Rules.Tests/PublicApi/Intimacy.Rules.approved.txt", PublicApi.Describe(Library));
    }

    [Fact]
    public void EveryPublicTypeAndProperty_IsDocumented()
    {
        // The shared helper looks indexers up without their parameter list ("P:T.Item" rather than
        // "P:T.Item(System.String)"); the compiler already requires their documentation.
        PublicApi.UndocumentedMembers(Library).Where(m => !m.EndsWith(".Item", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_LiveInTheNamespacesThatMirrorNRules()
    {
        var allowed = new[]
        {
            "Intimacy.Rules", "Intimacy.Rules.Fluent", "Intimacy.Rules.Fluent.Dsl", "Intimacy.Rules.RuleModel",
            "Intimacy.Rules.RuleModel.Builders", "Intimacy.Rules.Diagnostics", "Intimacy.Rules.Extensibility",
        };

        Library.GetExportedTypes().Select(t => t.Namespace).Distinct().Should().OnlyContain(ns => allowed.Contains(ns));
    }

    [Theory]
    [InlineData("Intimacy.Rules.ISession", "Insert,InsertAll,TryInsert,Update,TryUpdate,Retract,TryRetract,Fire,Query")]
    [InlineData("Intimacy.Rules.RuleModel.IContext", "Insert,TryInsert,Update,Retract,InsertLinked,UpdateLinked,RetractLinked,Halt,get_Rule,get_Match")]
    [InlineData("Intimacy.Rules.Fluent.Dsl.ILeftHandSideExpression", "Match,Exists,Not,All,Query,And,Or,Let,Having")]
    [InlineData("Intimacy.Rules.Fluent.Dsl.IRightHandSideExpression", "Do,Undo,Yield,Action")]
    [InlineData("Intimacy.Rules.ISessionFactory", "CreateSession,get_Events,get_Rules")]
    public void NRulesMembers_ArePresent(string typeName, string members)
    {
        var type = Library.GetType(typeName)!;

        type.GetMethods().Select(m => m.Name).Should().Contain(members.Split(','));
    }
}
