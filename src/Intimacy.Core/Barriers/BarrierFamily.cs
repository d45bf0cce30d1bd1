namespace Intimacy.Core.Barriers;

/// <summary>The broad kind of cause a <see cref="Barrier"/> is.</summary>
public enum BarrierFamily
{
    /// <summary>Something inside one partner: fears, beliefs, history, ways of handling feelings.</summary>
    Psychological = 0,

    /// <summary>Something in how the two treat each other or in the state of the relationship.</summary>
    Relational = 1,

    /// <summary>A mental-health condition of one partner, such as depression or anxiety.</summary>
    MentalHealth = 2,

    /// <summary>The body: illness, hormones, medicines, pain, disability, age, tiredness.</summary>
    Health = 3,

    /// <summary>The circumstances of daily life: time, workload, caring duties, stress, routine.</summary>
    LifeAndRoutine = 4,
}
