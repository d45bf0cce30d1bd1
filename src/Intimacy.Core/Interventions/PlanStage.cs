namespace Intimacy.Core.Interventions;

/// <summary>Where an <see cref="Intervention"/> belongs in the order of a plan.</summary>
/// <remarks>
/// <para>Repair usually runs through four stages in order: <see cref="EmotionalFoundation"/>,
/// <see cref="NonSexualAffection"/>, <see cref="SexualReconnection"/>, <see cref="Maintenance"/>.
/// Their numeric values follow that order.</para>
/// <para>Two tracks sit outside the sequence. <see cref="Urgent"/> items (emergency and safety
/// routes) come before everything else and can pause the rest. <see cref="Support"/> items
/// (professional, medical and resource routes) run alongside whichever stage the couple is in,
/// when their triggers apply.</para>
/// </remarks>
public enum PlanStage
{
    /// <summary>Emergency and safety routes; they precede and can pause every other stage.</summary>
    Urgent = 0,

    /// <summary>First stage: emotional safety, listening, appreciation, time together.</summary>
    EmotionalFoundation = 1,

    /// <summary>Second stage: touch and affection with no sexual aim.</summary>
    NonSexualAffection = 2,

    /// <summary>Third stage: a gradual, consensual return to sexual intimacy.</summary>
    SexualReconnection = 3,

    /// <summary>Fourth stage: habits that keep closeness going.</summary>
    Maintenance = 4,

    /// <summary>A parallel track: professional therapy, medical care and resources, alongside any stage.</summary>
    Support = 5,
}
