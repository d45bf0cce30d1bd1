global using ActionExpression = Intimacy.Rules.Compilation.CompiledExpression<System.Action<Intimacy.Rules.RuleModel.IContext, Intimacy.Rules.Network.Token>>;
global using ConditionExpression = Intimacy.Rules.Compilation.CompiledExpression<System.Func<Intimacy.Rules.Network.Token?, object?, bool>>;
global using ValueExpression = Intimacy.Rules.Compilation.CompiledExpression<System.Func<Intimacy.Rules.Network.Token?, object?, object?>>;
