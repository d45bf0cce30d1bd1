namespace Intimacy.Rules.RuleModel;

/// <summary>
/// What a rule's action sees while it runs: the rule, the match, and operations on the session's
/// working memory. Valid only while the actions of its firing run: afterwards every member throws
/// <see cref="InvalidOperationException"/>, so an action must not keep it. After the session's <c>Reset</c>
/// that is no longer checked: a reset session reuses its matches' contexts for new matches, so a context kept
/// across <c>Reset</c> may act for whatever firing reuses it, as a kept <see cref="IMatch"/> may describe it.
/// </summary>
/// <remarks>
/// Its working-memory operations do what the session's own do; an action may call either. An action may not call
/// the session's <c>Fire</c> or <c>Reset</c> (they throw <see cref="InvalidOperationException"/>): the running
/// cycle fires the matches the action creates, and <see cref="Halt"/> stops it.
/// </remarks>
public interface IContext
{
    /// <summary>The rule being fired.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The match the rule is firing on.</summary>
    IMatch Match { get; }

    /// <summary>The token passed to <c>Fire</c>, for actions that do long work.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>
    /// Stops the firing cycle once the current rule's actions have run (and their linked facts are applied): the
    /// running <c>Fire</c> returns, and the matches still on the agenda wait for the next <c>Fire</c>.
    /// </summary>
    void Halt();

    /// <summary>Inserts a new fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts new facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is already in working memory.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts a fact unless it is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was inserted.</returns>
    bool TryInsert(object fact);

    /// <summary>Tells the engine a fact has changed.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Tells the engine facts have changed.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory.</exception>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Tells the engine a fact has changed, if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was updated.</returns>
    bool TryUpdate(object fact);

    /// <summary>Removes a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Removes facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory.</exception>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Removes a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was removed.</returns>
    bool TryRetract(object fact);

    /// <summary>Keys of the facts linked to the current match.</summary>
    /// <returns>The keys.</returns>
    IEnumerable<object> GetLinkedKeys();

    /// <summary>The fact linked to the current match under a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The linked fact, or <c>null</c>.</returns>
    object? GetLinked(object key);

    /// <summary>
    /// Inserts a fact that lives as long as the current match: when the match stops holding, the
    /// engine retracts it.
    /// </summary>
    /// <param name="key">A key unique within the match.</param>
    /// <param name="fact">The fact.</param>
    void InsertLinked(object key, object fact);

    /// <summary>Inserts several linked facts.</summary>
    /// <param name="keyedFacts">Keys and facts.</param>
    void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Replaces or refreshes the fact linked under a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The new or changed fact.</param>
    void UpdateLinked(object key, object fact);

    /// <summary>Updates several linked facts.</summary>
    /// <param name="keyedFacts">Keys and facts.</param>
    void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Retracts a linked fact before its match goes away.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fact">The linked fact.</param>
    void RetractLinked(object key, object fact);

    /// <summary>Retracts several linked facts.</summary>
    /// <param name="keyedFacts">Keys and facts.</param>
    void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts);

    /// <summary>Resolves a service from the session's dependency resolver.</summary>
    /// <param name="serviceType">The service type.</param>
    /// <returns>The service.</returns>
    object Resolve(Type serviceType);
}
