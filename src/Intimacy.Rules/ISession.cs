using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Extensibility;

namespace Intimacy.Rules;

/// <summary>
/// A working memory of facts and an agenda of rule matches. Not thread-safe: use one session per
/// thread (sessions are cheap). Facts are identified by their own equality unless they implement
/// <see cref="RuleModel.IIdentityProvider"/>.
/// </summary>
/// <remarks>
/// <para>
/// A session does one thing at a time. Rule actions may change working memory, through their
/// <see cref="RuleModel.IContext"/> or through the session (both do the same), but may not call <see cref="Fire()"/>
/// or <see cref="Reset"/>. Event handlers (of the session or of its factory) and rule conditions may read the
/// session (<see cref="Query{TFact}"/>, <see cref="Agenda"/>, firing counts, <see cref="Explanations"/>) but not
/// change it: they run while the session is half-way through an operation. A call that breaks these rules, or
/// one made while another thread is inside the session (checked on a best-effort basis, without a lock), throws
/// an <see cref="InvalidOperationException"/> that names it and changes nothing.
/// </para>
/// <para>
/// An exception thrown by an event handler comes out of the call that raised the event unchanged, and leaves
/// the session consistent: a handler of <see cref="IEventProvider.FactInsertingEvent"/>,
/// <see cref="IEventProvider.FactUpdatingEvent"/>, <see cref="IEventProvider.FactRetractingEvent"/> or
/// <see cref="IEventProvider.RuleFiringEvent"/> that throws stops the change it announces before any of it
/// happens; a handler of any other event reports a change that has been made in full, and the call stops
/// after it, as after a condition error.
/// </para>
/// </remarks>
public interface ISession
{
    /// <summary>The matches waiting to fire.</summary>
    IAgenda Agenda { get; }

    /// <summary>Events of this session; its handlers may read the session but not change it (see the remarks on <see cref="ISession"/>).</summary>
    IEventProvider Events { get; }

    /// <summary>Resolver for <see cref="RuleModel.IContext.Resolve"/>.</summary>
    IDependencyResolver DependencyResolver { get; set; }

    /// <summary>The firings recorded so far, or <c>null</c> unless <see cref="SessionOptions.RecordExplanations"/> is on.</summary>
    ExplanationLog? Explanations { get; }

    /// <summary>Inserts facts, one after another.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is already in working memory; no fact is inserted.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Inserts the facts that are not yet in working memory, if all of them are new.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryInsertAll(IEnumerable<object> facts);

    /// <summary>Inserts facts with the given failure behaviour.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">All-or-nothing, or skip failures.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryInsertAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is already in working memory.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    void Insert(object fact);

    /// <summary>Inserts a fact unless it is already in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was inserted.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    bool TryInsert(object fact);

    /// <summary>Tells the engine that facts changed.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory; no fact is updated.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    void UpdateAll(IEnumerable<object> facts);

    /// <summary>Updates facts if all of them are in working memory.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryUpdateAll(IEnumerable<object> facts);

    /// <summary>Updates facts with the given failure behaviour.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">All-or-nothing, or skip failures.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryUpdateAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Tells the engine a fact changed; pass the same object, or a new one with the same identity.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory, or is a linked fact.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    void Update(object fact);

    /// <summary>Updates a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was updated.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    bool TryUpdate(object fact);

    /// <summary>Removes facts.</summary>
    /// <param name="facts">The facts.</param>
    /// <exception cref="ArgumentException">A fact is not in working memory; no fact is removed.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    void RetractAll(IEnumerable<object> facts);

    /// <summary>Removes facts if all of them are in working memory.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryRetractAll(IEnumerable<object> facts);

    /// <summary>Removes facts with the given failure behaviour.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="options">All-or-nothing, or skip failures.</param>
    /// <returns>Which facts failed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    IFactResult TryRetractAll(IEnumerable<object> facts, BatchOptions options);

    /// <summary>Removes a fact; its pending matches leave the agenda and its linked facts go too.</summary>
    /// <param name="fact">The fact.</param>
    /// <exception cref="ArgumentException">The fact is not in working memory, or is a linked fact.</exception>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was removed.</returns>
    /// <exception cref="InvalidOperationException">Called from an event handler or rule condition of this session, or while another thread uses it.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is null.</exception>
    bool TryRetract(object fact);

    /// <summary>Fires matches until the agenda is empty or an action halts.</summary>
    /// <returns>How many rules fired.</returns>
    /// <exception cref="InvalidOperationException">Called from a rule action, an event handler or a rule condition of this session, or while another thread uses it.</exception>
    int Fire();

    /// <summary>Fires matches until the agenda is empty, an action halts, or cancellation is requested.</summary>
    /// <param name="cancellationToken">Checked before each firing; a token already cancelled fires nothing and returns 0.</param>
    /// <returns>How many rules fired.</returns>
    /// <exception cref="InvalidOperationException">Called from a rule action, an event handler or a rule condition of this session, or while another thread uses it.</exception>
    int Fire(CancellationToken cancellationToken);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> matches.</summary>
    /// <param name="maxRulesNumber">Most firings.</param>
    /// <returns>How many rules fired.</returns>
    /// <exception cref="InvalidOperationException">Called from a rule action, an event handler or a rule condition of this session, or while another thread uses it.</exception>
    int Fire(int maxRulesNumber);

    /// <summary>Fires at most <paramref name="maxRulesNumber"/> matches, until cancellation is requested.</summary>
    /// <param name="maxRulesNumber">Most firings.</param>
    /// <param name="cancellationToken">Checked before each firing; a token already cancelled fires nothing and returns 0.</param>
    /// <returns>How many rules fired.</returns>
    /// <exception cref="InvalidOperationException">Called from a rule action, an event handler or a rule condition of this session, or while another thread uses it.</exception>
    int Fire(int maxRulesNumber, CancellationToken cancellationToken);

    /// <summary>Facts of a type in working memory, including linked facts; <see cref="object"/> for all.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <returns>
    /// A query over a snapshot of working memory, in the order the facts came into it (a fact's update keeps its
    /// place), whatever other facts have left it since.
    /// </returns>
    /// <remarks>Changes nothing, so it may be called from event handlers and rule conditions too.</remarks>
    IQueryable<TFact> Query<TFact>();

    /// <summary>How often each rule fired in this session, by rule name; rules that never fired are left out.</summary>
    /// <returns>A new dictionary.</returns>
    IReadOnlyDictionary<string, int> GetFiringCounts();

    /// <summary>How often a rule fired in this session.</summary>
    /// <param name="ruleName">Rule name.</param>
    /// <returns>The count; zero for unknown rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleName"/> is null.</exception>
    int GetFiringCount(string ruleName);

    /// <summary>
    /// Empties the session so that it can evaluate a new set of facts as if it had just been created: every
    /// fact, match, agenda entry, pending linked operation, firing count and recorded explanation is dropped.
    /// The capacity the session has grown to is kept, which is the point: an application that evaluates
    /// many small, independent sets of facts can reuse one session per thread instead of allocating a new
    /// one for each. From the first reset on, the session's own objects for facts and matches are kept too
    /// and reused after each reset, so an <see cref="RuleModel.IFact"/> or <see cref="RuleModel.IMatch"/> received before it (from an event, or
    /// <see cref="RuleModel.IContext.Match"/>) is no longer valid afterwards. Event handlers and the dependency
    /// resolver stay as they are.
    /// </summary>
    /// <exception cref="InvalidOperationException">Called from a rule action, an event handler or a rule condition of this session, or while another thread uses it.</exception>
    void Reset();

    /// <summary>
    /// Copies how often each rule fired in this session into <paramref name="destination"/>, indexed like
    /// <see cref="ISessionFactory.Rules"/>: the allocation-free form of <see cref="GetFiringCounts"/>.
    /// </summary>
    /// <param name="destination">At least as long as the factory's rule list.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    void CopyFiringCounts(Span<int> destination);
}
