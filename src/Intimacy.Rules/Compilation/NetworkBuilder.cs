using System.Linq.Expressions;
using Intimacy.Rules.Network;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Compilation;

/// <summary>
/// Turns rule definitions into the network: one chain of nodes per rule branch, alpha nodes feeding
/// the chains, and the actions compiled against each branch's token layout. Nodes are not shared
/// between rules, which keeps each chain simple and its state local.
/// </summary>
internal sealed class NetworkBuilder
{
    private readonly List<AlphaNode> _alphaNodes = [];
    private readonly List<BetaNode> _rootFed = [];
    private int _nextId;
    private int _memories;

    public SessionFactory Build(IEnumerable<IRuleDefinition> definitions, FactIdentity? identity = null)
    {
        var rules = new List<CompiledRule>();
        foreach (var definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition);
            var rule = new CompiledRule(definition, rules.Count);
            try
            {
                var branches = DisjunctiveForm.Expand(definition.LeftHandSide);
                var aliases = branches.Count < 2
                    ? null
                    : branches.SelectMany(elements => elements.OfType<PatternElement>().Select(pattern => pattern.Declaration.Name)).ToHashSet(StringComparer.Ordinal);
                rule.Branches = branches.Select((elements, index) => BuildBranch(rule, index, branches.Count, elements, aliases)).ToArray();
                ListEveryDeclarationOfTheRule(rule.Branches);
            }
            catch (RuleCompilationException)
            {
                throw;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Whatever went wrong (an invalid expression, a constant whose type initializer throws, ...),
                // the error names the rule.
                throw new RuleCompilationException("Failed to compile rule", definition.Name, exception);
            }

            rules.Add(rule);
        }

        return new SessionFactory(rules.ToArray(), _alphaNodes.ToArray(), _rootFed.ToArray(), _memories, identity);
    }

    /// <summary>
    /// As in NRules, a match lists every declaration of its rule, in the order the rule's branches declare them; in a
    /// rule with an Or, those another branch binds are listed with a null value (depth -1).
    /// </summary>
    private static void ListEveryDeclarationOfTheRule(RuleBranch[] branches)
    {
        if (branches.Length < 2)
        {
            foreach (var branch in branches)
            {
                branch.MatchDeclarations = branch.Declarations;
            }

            return;
        }

        var all = new List<Declaration>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            foreach (var declaration in branch.Declarations)
            {
                if (names.Add(declaration.Declaration.Name))
                {
                    all.Add(declaration.Declaration);
                }
            }
        }

        foreach (var branch in branches)
        {
            branch.MatchDeclarations = all
                .Select(declaration => Array.Find(branch.Declarations, d => d.Declaration.Name == declaration.Name) is { Declaration: not null } bound
                    ? bound
                    : new BranchDeclaration(declaration, -1))
                .ToArray();
        }
    }

    private RuleBranch BuildBranch(CompiledRule rule, int index, int count, List<RuleLeftElement> elements, IReadOnlySet<string>? aliases)
    {
        var branch = new RuleBranch(rule, index);
        var scope = new BranchScope(rule.Definition.Name, index, count, aliases);
        BetaNode? first = null;
        BetaNode? last = null;
        var depth = 0;
        foreach (var element in elements)
        {
            var isRootFed = last is null;
            var node = element switch
            {
                PatternElement pattern => BuildPattern(rule, pattern, scope, depth, isRootFed),
                NotElement not => BuildQuantifier(rule, not.Source, scope, depth, isRootFed, isNegation: true),
                ExistsElement exists => BuildQuantifier(rule, exists.Source, scope, depth, isRootFed, isNegation: false),
                ForAllElement forAll => BuildForAll(rule, forAll, scope, depth, isRootFed),
                _ => throw new RuleCompilationException($"Unsupported element {element.ElementType}", rule.Definition.Name, null),
            };
            depth++;
            if (element is PatternElement bound)
            {
                scope.Add(bound.Declaration, depth);
            }

            first ??= node;
            if (last is not null)
            {
                last.Successor = node;
            }

            last = node;
        }

        var terminal = new TerminalNode(_nextId++, rule, branch);
        if (last is null)
        {
            first = terminal;
        }
        else
        {
            last.Successor = terminal;
        }

        if (first is not JoinNode)
        {
            _rootFed.Add(first!);
        }

        branch.Depth = depth;
        branch.Declarations = scope.Ordered.Select(d => new BranchDeclaration(d.Declaration, d.Depth)).ToArray();
        branch.Actions = rule.Definition.RightHandSide.Actions
            .Select(action => new CompiledAction(ExpressionRewriter.Action(action.Expression, scope.ActionBinder(depth)), action.ActionTrigger))
            .ToArray();
        return branch;
    }

    private BetaNode BuildPattern(CompiledRule rule, PatternElement pattern, BranchScope scope, int leftDepth, bool isRootFed) =>
        pattern.Source switch
        {
            null => BuildJoin(rule, pattern, scope, leftDepth, isRootFed),
            BindingElement binding => BuildBinding(rule, pattern, binding, scope, leftDepth),
            AggregateElement => BuildAggregate(rule, pattern, scope, leftDepth, isRootFed),
            _ => throw new RuleCompilationException("Unsupported pattern source", rule.Definition.Name, null),
        };

    private JoinNode BuildJoin(CompiledRule rule, PatternElement pattern, BranchScope scope, int leftDepth, bool isRootFed)
    {
        var (alpha, beta, key, hash) = Classify(pattern.Conditions.Select(c => c.Expression), pattern.Declaration.Name, pattern.ValueType, scope, leftDepth, isRootFed);
        var node = new JoinNode(_nextId++, rule, beta, key, isRootFed);
        if (!isRootFed)
        {
            node.MemoryIndex = _memories++;
        }

        _alphaNodes.Add(new AlphaNode(pattern.ValueType, alpha, node, hash));
        return node;
    }

    private QuantifierNode BuildQuantifier(CompiledRule rule, PatternElement pattern, BranchScope scope, int leftDepth, bool isRootFed, bool isNegation) =>
        BuildQuantifier(rule, pattern.ValueType, pattern.Conditions.Select(c => c.Expression), pattern.Declaration.Name, scope, leftDepth, isRootFed, isNegation);

    private QuantifierNode BuildQuantifier(CompiledRule rule, Type type, IEnumerable<LambdaExpression> conditions, string own, BranchScope scope, int leftDepth, bool isRootFed, bool isNegation)
    {
        var (alpha, beta, key, hash) = Classify(conditions, own, type, scope, leftDepth, isRootFed);
        var node = new QuantifierNode(_nextId++, rule, beta, key, isRootFed, isNegation) { MemoryIndex = _memories++ };
        _alphaNodes.Add(new AlphaNode(type, alpha, node, hash));
        return node;
    }

    private QuantifierNode BuildForAll(CompiledRule rule, ForAllElement forAll, BranchScope scope, int leftDepth, bool isRootFed)
    {
        // FORALL x: base(x) => all(x)  is  NOT EXISTS x: base(x) AND NOT all(x).
        var own = forAll.BasePattern.Declaration.Name;
        var fact = Expression.Parameter(forAll.BasePattern.ValueType, own);
        var outer = new Dictionary<string, ParameterExpression>(StringComparer.Ordinal);
        Expression? all = null;
        foreach (var pattern in forAll.Patterns)
        {
            foreach (var condition in pattern.Conditions.Select(c => c.Expression))
            {
                var map = new Dictionary<ParameterExpression, Expression>();
                foreach (var parameter in condition.Parameters)
                {
                    map[parameter] = parameter.Name == pattern.Declaration.Name
                        ? Expression.Convert(fact, parameter.Type)
                        : outer.TryGetValue(parameter.Name!, out var shared) ? shared : outer[parameter.Name!] = parameter;
                }

                var body = new ParameterReplacer(map).Visit(condition.Body);
                all = all is null ? body : Expression.AndAlso(all, body);
            }
        }

        var conditions = forAll.BasePattern.Conditions.Select(c => c.Expression).ToList();
        if (all is not null)
        {
            conditions.Add(Expression.Lambda(Expression.Not(all), [fact, .. outer.Values]));
        }

        return BuildQuantifier(rule, forAll.BasePattern.ValueType, conditions, own, scope, leftDepth, isRootFed, isNegation: true);
    }

    private BindingNode BuildBinding(CompiledRule rule, PatternElement pattern, BindingElement binding, BranchScope scope, int leftDepth)
    {
        var value = ExpressionRewriter.Value(binding.Expression, scope.Binder(leftDepth, null));
        var binder = scope.Binder(leftDepth, pattern.Declaration.Name);
        var conditions = pattern.Conditions.Select(c => ExpressionRewriter.Condition(c.Expression, binder)).ToArray();
        return new BindingNode(_nextId++, rule, value, conditions);
    }

    private AggregateNode BuildAggregate(CompiledRule rule, PatternElement pattern, BranchScope scope, int leftDepth, bool isRootFed)
    {
        var layers = new List<(AggregateElement Aggregate, PatternElement Result)>();
        var current = pattern;
        while (current.Source is AggregateElement aggregate)
        {
            layers.Insert(0, (aggregate, current));
            current = aggregate.Source;
        }

        if (current.Source is not null)
        {
            throw new RuleCompilationException("A query must start from facts (Match)", rule.Definition.Name, null);
        }

        var stages = new List<AggregateStage>();
        foreach (var (aggregate, result) in layers)
        {
            stages.Add(BuildStage(aggregate, scope, leftDepth));
            if (result.Conditions.Count > 0)
            {
                var binder = scope.Binder(leftDepth, result.Declaration.Name);
                stages.Add(new FilterStage(result.Conditions.Select(c => ExpressionRewriter.Condition(c.Expression, binder)).ToArray()));
            }
        }

        var (alpha, beta, key, hash) = Classify(current.Conditions.Select(c => c.Expression), current.Declaration.Name, current.ValueType, scope, leftDepth, isRootFed);
        var node = new AggregateNode(_nextId++, rule, beta, key, isRootFed, stages.ToArray()) { MemoryIndex = _memories++ };
        _alphaNodes.Add(new AlphaNode(current.ValueType, alpha, node, hash));
        return node;
    }

    private static AggregateStage BuildStage(AggregateElement aggregate, BranchScope scope, int leftDepth)
    {
        var binder = scope.Binder(leftDepth, aggregate.Source.Declaration.Name);
        LambdaExpression Expr(string name) =>
            aggregate.Expressions.FirstOrDefault(e => e.Name == name)?.Expression
            ?? throw new InvalidOperationException($"Aggregate '{aggregate.Name}' needs expression '{name}'.");

        switch (aggregate.Name)
        {
            case AggregateElement.CollectName:
                var collection = typeof(FactCollection<>).MakeGenericType(aggregate.Source.ValueType);
                return new CollectStage(collection.GetMethod("Create")!.CreateDelegate<Func<List<object?>, object>>());
            case AggregateElement.ProjectName:
                return new ProjectStage(ExpressionRewriter.Value(Expr("Selector"), binder));
            case AggregateElement.FlattenName:
                return new FlattenStage(ExpressionRewriter.Value(Expr("Selector"), binder));
            case AggregateElement.GroupByName:
                var keySelector = Expr("KeySelector");
                var elementSelector = Expr("ElementSelector");
                var grouping = typeof(FactGrouping<,>).MakeGenericType(keySelector.ReturnType, elementSelector.ReturnType);
                return new GroupByStage(
                    ExpressionRewriter.Value(keySelector, binder),
                    ExpressionRewriter.Value(elementSelector, binder),
                    grouping.GetMethod("Create")!.CreateDelegate<Func<object?, List<object?>, object>>());
            default:
                throw new InvalidOperationException($"Unknown aggregator '{aggregate.Name}'.");
        }
    }

    private static (ConditionExpression[] Alpha, ConditionExpression[] Beta, JoinKey? Key, AlphaHash? Hash) Classify(
        IEnumerable<LambdaExpression> conditions, string own, Type ownType, BranchScope scope, int leftDepth, bool isRootFed)
    {
        var (alpha, beta) = ConditionClassifier.Split(conditions, own);
        var binder = scope.Binder(leftDepth, own);
        JoinKey? key = null;
        if (!isRootFed && ConditionClassifier.TakeEquality(beta, own) is { } equality)
        {
            key = new JoinKey(
                ExpressionRewriter.Value(equality.Left, binder),
                ExpressionRewriter.Value(equality.Right, binder),
                equality.Comparer,
                ExpressionRewriter.Condition(equality.Condition, binder));
        }

        return (
            alpha.Select(c => ExpressionRewriter.Condition(c, binder)).ToArray(),
            beta.Select(c => ExpressionRewriter.Condition(c, binder)).ToArray(),
            key,
            AlphaHashFinder.Find(alpha, own, ownType, binder));
    }
}
